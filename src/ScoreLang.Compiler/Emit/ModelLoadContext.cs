using System.Reflection;
using System.Runtime.Loader;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;

namespace ScoreLang.Compiler.Emit;

/// <summary>
/// A collectible load context for one compiled model, so models can be unloaded. ScoreLang.Runtime and ScoreLang.Core
/// resolve to the host's own copies, so the generated methods take the host's <see cref="ScoringData"/> types.
/// </summary>
internal sealed class ModelLoadContext : AssemblyLoadContext
{
    private static readonly Assembly[] Shared = [typeof(ScoringData).Assembly, typeof(ReferenceEvaluator).Assembly];

    public ModelLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        Array.Find(Shared, a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName()));
}
