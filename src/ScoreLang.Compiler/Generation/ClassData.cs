using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// The static data of one generated class: every name from the score files (record types, event types, lists) is an
/// element of <c>S</c> rather than code; text constants of conditions are C# literals instead (issue 5: the JIT unrolls
/// comparisons with a constant string, not with an array element), written by <see cref="CSharpText.StringLiteral"/>
/// with every character but letters, digits and a few marks as a <c>\u</c> escape, so no text becomes code; enum member names are arrays <c>M0</c>, <c>M1</c>
/// ...; comparisons of an enum with constants are precomputed per member into bool tables <c>T0</c>, <c>T1</c> ...
/// </summary>
internal sealed class ClassData
{
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<ImmutableArray<string>> _memberArrays = [];
    private readonly List<bool[]> _tables = [];
    private readonly Dictionary<string, int> _tableIndex = new(StringComparer.Ordinal);

    /// <summary>The expression <c>S[i]</c> for a string.</summary>
    public string String(string value)
    {
        if (!_stringIndex.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndex.Add(value, index);
        }

        return $"S[{index.ToString(CultureInfo.InvariantCulture)}]";
    }

    /// <summary>The name of an array holding an enum's member names.</summary>
    public string Members(ImmutableArray<string> members)
    {
        for (var i = 0; i < _memberArrays.Count; i++)
        {
            if (_memberArrays[i].SequenceEqual(members, StringComparer.Ordinal))
            {
                return "M" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        _memberArrays.Add(members);
        return "M" + (_memberArrays.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The name of a bool table (identical tables are shared).</summary>
    public string Table(bool[] table)
    {
        var key = string.Concat(table.Select(b => b ? '1' : '0'));
        if (!_tableIndex.TryGetValue(key, out var index))
        {
            index = _tables.Count;
            _tables.Add(table);
            _tableIndex.Add(key, index);
        }

        return "T" + index.ToString(CultureInfo.InvariantCulture);
    }

    public void Write(CodeWriter writer)
    {
        writer.Line("// Every name of the score files is data, never code.");
        writer.Line($"private static readonly string[] S = new string[] {{ {string.Join(", ", _strings.Select(CSharpText.StringLiteral))} }};");
        for (var i = 0; i < _memberArrays.Count; i++)
        {
            writer.Line($"private static readonly string[] M{i.ToString(CultureInfo.InvariantCulture)} = new string[] {{ {string.Join(", ", _memberArrays[i].Select(CSharpText.StringLiteral))} }};");
        }

        for (var i = 0; i < _tables.Count; i++)
        {
            writer.Line($"private static readonly bool[] T{i.ToString(CultureInfo.InvariantCulture)} = new bool[] {{ {string.Join(", ", _tables[i].Select(b => b ? "true" : "false"))} }};");
        }
    }
}
