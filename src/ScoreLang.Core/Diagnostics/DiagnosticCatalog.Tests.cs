namespace ScoreLang.Diagnostics;

/// <summary>SL4xxx: tests written inside score files.</summary>
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor TestUnknownTarget { get; } = Error("SL4001", "Unknown expectation target", "'{0}' is not a group of score '{1}' nor one of score, tier, engagement, fit, scored, unscored.{2}");

    public static DiagnosticDescriptor TestTargetNotForKind { get; } = Error("SL4002", "Expectation not for this kind", "'expect {0}' needs a combined score; score '{1}' is {2} score. Expect 'score' or a group instead.");

    public static DiagnosticDescriptor TestUnknownTier { get; } = Error("SL4003", "Unknown tier label", "'{0}' is not a tier of score '{1}'.{2}");

    public static DiagnosticDescriptor TestInvalidExpectation { get; } = Error("SL4004", "Invalid expectation", "{0}");

    public static DiagnosticDescriptor TestFieldType { get; } = Error("SL4005", "Wrong value for a field", "'{0}' is {1}, so {2} is not a valid value. {3}");

    public static DiagnosticDescriptor TestDuplicateField { get; } = Error("SL4006", "Field given twice", "'{0}' is already given in this test. Keep one value.");

    public static DiagnosticDescriptor TestListNotStatic { get; } = Error("SL4007", "List defined by a condition", "List '{0}' is defined by a condition, so membership cannot be set (S4). Give the properties that make its condition hold instead.");

    public static DiagnosticDescriptor TestDuplicateAsOf { get; } = Error("SL4008", "Evaluation date given twice", "This test already has an 'as of' date. Keep one.");

    public static DiagnosticDescriptor TestAssociatedRecordType { get; } = Error("SL4009", "Not an associated record type", "'{0} {1} {{ ... }}' needs a record type associated to {2}, but {0} has no property of type {2} (S2).");

    public static DiagnosticDescriptor TestEventNeedsRecord { get; } = Error("SL4010", "Event on another record", "Event '{0}' is recorded on {1}, not on {2}. {3}");

    public static DiagnosticDescriptor TestDuplicateName { get; } = Error("SL4011", "Duplicate test name", "Score '{0}' already has a test named \"{1}\". Give each test its own name.");

    public static DiagnosticDescriptor TestInvalidRepeat { get; } = Error("SL4012", "Invalid repeat count", "'x{0}' is not a valid repeat count: write a whole number of 1 or more, e.g. x3.");

    public static DiagnosticDescriptor TestEventAfterAsOf { get; } = Warning("SL4013", "Event after the evaluation date", "This event happens after the test's evaluation date {0} and never counts (S19). Move it before, or change 'as of'.");

    public static DiagnosticDescriptor TestWithoutExpectations { get; } = Warning("SL4014", "Test without expectations", "Test \"{0}\" has no 'expect' and can never fail. Add an expectation.");

    public static DiagnosticDescriptor TestGivenNotAssociation { get; } = Error("SL4015", "Not an association", "'{0}' is a {1} property, not an association: 'given {0} {{ ... }}' needs an association such as {2}. Put '{0}' inside 'given {{ ... }}'.");

    public static DiagnosticDescriptor TestMemberNotAllowed { get; } = Error("SL4016", "Not allowed here", "{0}");
}
