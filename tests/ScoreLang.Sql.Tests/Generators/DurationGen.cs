using CsCheck;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Sql.Tests.Generators;

/// <summary>Random durations and decay schedules (S17-S19): every unit, every form, rates that do and do not divide 100.</summary>
internal static class DurationGen
{
    public static Gen<Duration> Any { get; } = Gen.Select(Gen.Int[1, 3], Gen.Enum<DurationUnit>(), (amount, unit) => new Duration(amount, unit));

    public static Gen<DecaySpec> Decay { get; } = Gen.Select(
        Gen.Enum<DecayForm>(),
        Gen.OneOfConst(10.0, 25.0, 33.3, 50.0, 100.0, 150.0, 0.0),
        Any,
        (form, percent, period) => new DecaySpec(form, percent, period));
}
