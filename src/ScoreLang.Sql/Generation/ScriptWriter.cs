namespace ScoreLang.Sql.Generation;

/// <summary>Several score queries as one script for the engine's own command-line tool.</summary>
internal sealed class ScriptWriter
{
    private readonly SqlDialect _dialect;

    public ScriptWriter(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>The name of a score's prepared statement or view: <c>score_</c> and the score's name, so it never hides a table.</summary>
    public static string StatementName(string scoreName) => "score_" + scoreName;

    public string Write(IEnumerable<ScoreQuery> queries)
    {
        var parts = new List<string>();
        parts.AddRange(_dialect.ScriptPreamble);
        parts.AddRange(queries.Select(q => _dialect.ScriptStatement(StatementName(q.ScoreName), q.Sql.TrimEnd('\n'), q.HasAsOfParameter)));
        return string.Join("\n\n", parts) + "\n";
    }
}
