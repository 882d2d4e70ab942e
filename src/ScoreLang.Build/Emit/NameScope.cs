using ScoreLang.Compiler.Generation;

namespace ScoreLang.Build.Emit;

/// <summary>
/// The names already taken in one C# scope (a namespace, or the members of a type): a wanted name that is taken gets a
/// number (<c>Tier2</c>), so two ScoreLang names that map to the same C# name, or a name that is also a fixed member
/// (<c>Id</c>, <c>Events</c>) or the type's own name, still compile.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    public string Claim(string wanted)
    {
        var name = wanted;
        for (var i = 2; !_taken.Add(name); i++)
        {
            name = wanted + CSharpText.Int(i);
        }

        return name;
    }
}
