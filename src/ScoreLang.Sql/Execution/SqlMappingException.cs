using System.Collections.Immutable;
using ScoreLang.Diagnostics;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// Thrown when data or a score cannot be mapped to SQL for an engine; <see cref="Diagnostics"/> say where and why
/// (SL6xxx). <see cref="SqlGenerator"/> returns the same diagnostics without throwing, for callers that check first.
/// </summary>
public sealed class SqlMappingException : Exception
{
    public SqlMappingException()
        : this([])
    {
    }

    public SqlMappingException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public SqlMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    public SqlMappingException(ImmutableArray<Diagnostic> diagnostics)
        : base(diagnostics.IsDefaultOrEmpty
            ? "The model cannot be mapped to SQL."
            : string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
