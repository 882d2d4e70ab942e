namespace ScoreLang.Diagnostics;

/// <summary>SL2xxx (names and types), SL3xxx (scoring rules) and SL5xxx (imports). Owned by the binder.</summary>
public static partial class DiagnosticCatalog
{
    // SL2xxx: names and types.

    /// <summary>{0} the name as written, {1} what it should have been ("a property of record 'contact'"), {2} a hint sentence.</summary>
    public static DiagnosticDescriptor UnknownName { get; } = Error("SL2001", "Unknown name", "'{0}' is not {1}.{2}");

    public static DiagnosticDescriptor DuplicateDeclaration { get; } = Error("SL2002", "Duplicate declaration", "{0} '{1}' is declared more than once. Rename or remove this one.");

    public static DiagnosticDescriptor TypeMismatch { get; } = Error("SL2003", "Type mismatch", "{0} is {1}, but {2} is {3}. {4}");

    public static DiagnosticDescriptor OrderingNeedsNumberOrDate { get; } = Error("SL2004", "Ordering needs numbers or dates", "'{0}' compares numbers or dates, but {1} is {2}. Use '==', '!=' or 'in [...]' instead.");

    public static DiagnosticDescriptor TextOperatorNeedsText { get; } = Error("SL2005", "Text operator needs text", "'{0}' applies to text, but {1} is {2}. Compare it with '==' or an ordering operator instead.");

    public static DiagnosticDescriptor DateLiteralRequired { get; } = Error("SL2006", "Date literal required", "{0} is a date; compare it with a date literal such as 2024-01-31 (without quotes), not with {1}.");

    public static DiagnosticDescriptor DateOperatorNeedsDate { get; } = Error("SL2007", "Date operator needs a date", "'{0}' applies to dates, but {1} is {2}. Use it on a date or datetime property.");

    public static DiagnosticDescriptor ConditionNotBool { get; } = Error("SL2008", "Not a condition", "{0} is {1}, not a condition. Compare it with something, e.g. '{2} == ...' or '{2} is known'.");

    public static DiagnosticDescriptor InvalidPath { get; } = Error("SL2009", "Invalid property path", "{0}");

    public static DiagnosticDescriptor ReservedAttributeName { get; } = Error("SL2010", "Reserved attribute name", "Every event has an implicit 'timestamp'; rename this attribute.");

    public static DiagnosticDescriptor ListRecordTypeMismatch { get; } = Error("SL2011", "List of another record type", "List '{0}' holds {1} records, but this is about {2} records. Use a list declared 'of {2}'.");

    public static DiagnosticDescriptor ListCycle { get; } = Error("SL2012", "List refers to itself", "The condition of list '{0}' depends on list '{0}' itself ({1}). Break the cycle.");

    public static DiagnosticDescriptor InvalidDuration { get; } = Error("SL2013", "Invalid duration", "'{0}' is not a valid length of time: the amount must be a whole number of 1 or more.");

    public static DiagnosticDescriptor EventNotOnRecordType { get; } = Error("SL2014", "Event of another record type", "Event '{0}' is recorded on {1}, which is neither '{2}' nor associated to it (S2). Use an event recorded on '{2}'.");

    public static DiagnosticDescriptor MissingKind { get; } = Error("SL2015", "Missing kind", "Score '{0}' has no 'kind'. Add 'kind engagement', 'kind fit' or 'kind combined' as its first line.");

    public static DiagnosticDescriptor DuplicateClause { get; } = Error("SL2016", "Duplicate clause", "'{0}' is given more than once in score '{1}'. Keep only one.");

    public static DiagnosticDescriptor OutputSlotNotForKind { get; } = Error("SL2017", "Output slot not for this kind", "The '{0}' output only exists for combined scores; score '{1}' is {2} score. Remove it.");

    public static DiagnosticDescriptor DuplicateOutputName { get; } = Error("SL2018", "Duplicate score property", "Property '{0}' is already written on {1} records by {2} (S22). Give each output its own name with 'output {{ ... }}'.");

    public static DiagnosticDescriptor GroupPartRequired { get; } = Error("SL2019", "Group part required", "In combined score '{0}', say whether group '{1}' is a 'fit group' or an 'engagement group' (S7).");

    public static DiagnosticDescriptor GroupPartMismatch { get; } = Error("SL2020", "Group part does not match kind", "'{0} group' cannot appear in {1} score '{2}'. Remove '{0}' or make the score 'kind combined'.");

    public static DiagnosticDescriptor AssociationNotAValue { get; } = Error("SL2021", "Association used as a value", "'{0}' is an association to '{1}', not a value. Use one of its properties, e.g. '{0}.{2}'.");

    public static DiagnosticDescriptor PredictiveWithoutModel { get; } = Error("SL2022", "Predictive score without a model", "Predictive score '{0}' names no model file with its SHA-256 (S30). Learn one with 'scorelang learn --predictive', which writes the 'model \"...\" sha256 \"...\"' line.");

    /// <summary>{0} the clause or slot as written, {1} the score's name.</summary>
    public static DiagnosticDescriptor NotInPredictiveScore { get; } = Error("SL2023", "Not allowed in a predictive score", "'{0}' does not apply to predictive score '{1}': its value is the model's probability and its priority ranks records in four equal tiers (S30). Remove it.");

    /// <summary>{0} the clause or slot as written, {1} the score's name, {2} "an engagement" / "a fit" / "a combined".</summary>
    public static DiagnosticDescriptor OnlyInPredictiveScore { get; } = Error("SL2024", "Only in a predictive score", "'{0}' only applies to predictive scores; score '{1}' is {2} score. Remove it, or make the score 'kind predictive' (S30).");

    // SL3xxx: scoring rules, limits, decay and thresholds.

    public static DiagnosticDescriptor PercentLimitWithoutScoreLimit { get; } = Error("SL3001", "Share of a missing score limit", "'limit {0}%' is a share of the score's limit, but score '{1}' has no limit. Give the score a 'limit' or write the group limit in points (S33).");

    public static DiagnosticDescriptor GroupLimitExceedsScoreLimit { get; } = Warning("SL3002", "Group limit above the score limit", "Group '{0}' is limited to {1} but the whole score to {2}; the group can never give more than {2}. Lower the group limit.");

    public static DiagnosticDescriptor ScoreLimitUnreachable { get; } = Warning("SL3003", "Score limit cannot be reached", "Score '{0}' has limit {1} but its groups can give at most {2} (S14). Raise the group limits or lower the score limit.");

    public static DiagnosticDescriptor RulePointsExceedGroupLimit { get; } = Warning("SL3004", "Rule above its group's limit", "This rule gives {0} points but group '{1}' is limited to {2}; the extra points never count (S13).");

    public static DiagnosticDescriptor DecayOnFit { get; } = Error("SL3005", "Decay on fit rules", "Fit rules never decay (S6): {0} cannot have a decay. Remove it, or move the event rules to an engagement group.");

    public static DiagnosticDescriptor PercentOutOfRange { get; } = Error("SL3006", "Percentage out of range", "{0}% is not a percentage between 0 and 100.");

    public static DiagnosticDescriptor DecayPeriodZero { get; } = Error("SL3007", "Zero decay period", "A decay period of 0 {0} would remove every point at once. Use a period of 1 or more.");

    public static DiagnosticDescriptor LimitNotPositive { get; } = Error("SL3008", "Limit not positive", "A limit of {0} lets nothing count. Use a limit greater than 0, or remove it for no maximum (S15).");

    public static DiagnosticDescriptor CountRangesOverlap { get; } = Warning("SL3009", "Count ranges overlap", "Count range {0} overlaps {1} of another '{2}' rule: a record with {3} occurrences gets both rules' points (rules are not cumulative, S12). Make the ranges disjoint.");

    public static DiagnosticDescriptor InvalidRange { get; } = Error("SL3010", "Invalid range", "'{0}' is not a valid range: {1}");

    public static DiagnosticDescriptor CountRangeAlwaysMatches { get; } = Warning("SL3011", "Count range matches every record", "Count range {0} matches every record, even one without any '{1}' event. Start the range at 1, or use a 'when' rule.");

    public static DiagnosticDescriptor DecayIgnoredOnCountRule { get; } = Warning("SL3012", "Decay ignored", "A 'count' rule gives its points once and never decays (S12); remove this decay.");

    public static DiagnosticDescriptor ScoreWithoutGroups { get; } = Error("SL3013", "Score without groups", "Score '{0}' has no group (S9). Add a 'group name {{ ... }}' with at least one rule.");

    public static DiagnosticDescriptor EmptyGroup { get; } = Warning("SL3014", "Empty group", "Group '{0}' has no rules and always gives 0. Add rules or remove it.");

    public static DiagnosticDescriptor InvalidFloor { get; } = Error("SL3015", "Unsupported floor", "'floor {0}' is not supported: write 'floor 0' (the default: values never go below 0) or 'floor none' (S16).");

    public static DiagnosticDescriptor BandsOverlap { get; } = Error("SL3020", "Threshold bands overlap", "Band '{0}' ({1}) overlaps band '{2}' ({3}) (S23). Make the bands disjoint.");

    public static DiagnosticDescriptor BandsGap { get; } = Warning("SL3021", "Gap between threshold bands", "Values {0} fall between bands '{1}' and '{2}' and get no tier (S23). Extend one of the bands.");

    public static DiagnosticDescriptor BandsDoNotCover { get; } = Warning("SL3022", "Thresholds do not cover every value", "Values {0} get no tier: the bands do not cover 0..{1} (S23). Add or extend a band.");

    public static DiagnosticDescriptor DuplicateBandLabel { get; } = Error("SL3023", "Duplicate band label", "Label '{0}' is used by two bands. Give each band its own label.");

    public static DiagnosticDescriptor CombinedThresholdsPart { get; } = Error("SL3024", "Combined thresholds need parts", "Combined score '{0}' {1} (S24). Write 'thresholds fit {{ ... }}' and 'thresholds engagement {{ ... }}'.");

    public static DiagnosticDescriptor ThresholdsPartNotCombined { get; } = Error("SL3025", "Thresholds part on a non-combined score", "'thresholds {0}' only applies to combined scores; score '{1}' is {2} score. Remove '{0}'.");

    public static DiagnosticDescriptor BandUnreachable { get; } = Warning("SL3026", "Band cannot be reached", "Band '{0}' ({1}) starts above {2}, the most this score can reach. Lower the band or raise the limit.");

    // SL5xxx: imports and files.

    public static DiagnosticDescriptor ImportNotFound { get; } = Error("SL5001", "Imported file not found", "Cannot find '{0}' (looked for '{1}'). Check the path: it is relative to the importing file.");

    public static DiagnosticDescriptor ImportCycle { get; } = Error("SL5002", "Import cycle", "Importing '{0}' here makes a cycle ({1}); files cannot import each other. Remove this import.");

    public static DiagnosticDescriptor DuplicateImport { get; } = Warning("SL5003", "Duplicate import", "'{0}' is already imported by this file. Remove this import.");

    /// <summary>Reported by the commands that load models (run, explain, evaluate): the core library reads no files.</summary>
    public static DiagnosticDescriptor ModelFileNotFound { get; } = Error("SL5004", "Model file not found", "Cannot find model file '{0}' (looked for '{1}'). The path is relative to the score file; learn the model again with 'scorelang learn --predictive' if it is lost.");

    public static DiagnosticDescriptor ModelFileChanged { get; } = Error("SL5005", "Model file changed", "Model file '{0}' has SHA-256 {1}, but the score file expects {2}: the model was replaced or changed after it was learned. Learn it again with 'scorelang learn --predictive', or restore the file.");

    public static DiagnosticDescriptor ModelFileUnreadable { get; } = Error("SL5006", "Model file unreadable", "Model file '{0}' cannot be used: {1}. Learn it again with 'scorelang learn --predictive'.");
}
