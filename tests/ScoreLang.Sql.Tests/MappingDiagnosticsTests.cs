using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using Xunit;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests;

/// <summary>Schemas whose names cannot be mapped get SL6xxx diagnostics at the declaration, never an exception or wrong SQL.</summary>
public sealed class MappingDiagnosticsTests
{
    [Fact]
    public void PropertyNamedIdInAnyCase_CollidesWithTheIdColumn_SL6001()
    {
        var schema = TestSchema.With([TestSchema.Record("contact", ("ID", ValueType.String))], [], []);

        var diagnostic = Assert.Single(SqlGenerator.CreateTables(schema, SqlDialect.DuckDb).Diagnostics);

        Assert.Equal("SL6001", diagnostic.Code);
        Assert.Contains("property 'ID' of record type 'contact'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordTypeNamedEvents_CollidesWithTheEventsTable_SL6001()
    {
        var schema = TestSchema.With([TestSchema.Record("Events")], [], []);

        Assert.Equal("SL6001", Assert.Single(SqlGenerator.CreateTables(schema, SqlDialect.PostgreSql).Diagnostics).Code);
        Assert.True(SqlGenerator.CreateTables(schema, SqlDialect.PostgreSql, new SqlTableMapping { EventsTable = "event_log" }).Success);
    }

    [Fact]
    public void AttributeNamedTimestamp_CollidesWithTheEventsTable_SL6001()
    {
        var schema = TestSchema.With([TestSchema.Contact], [TestSchema.Event("visit", "contact", ("Timestamp", ValueType.DateTime))], []);

        Assert.Equal("SL6001", Assert.Single(SqlGenerator.CreateTables(schema, SqlDialect.DuckDb).Diagnostics).Code);
    }

    [Fact]
    public void SameAttributeWithDifferentTypes_InTwoEventTypes_SL6002()
    {
        var schema = TestSchema.With(
            [TestSchema.Contact],
            [TestSchema.Event("a", "contact", ("amount", ValueType.Number)), TestSchema.Event("b", "contact", ("amount", ValueType.String))],
            []);

        var diagnostic = Assert.Single(SqlGenerator.CreateTables(schema, SqlDialect.DuckDb).Diagnostics);

        Assert.Equal("SL6002", diagnostic.Code);
        Assert.Contains("'amount' of event type 'b' is string, but event type 'a' declares it as number", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAttributeAsStringAndEnum_SharesOneTextColumn()
    {
        var schema = TestSchema.With(
            [TestSchema.Contact],
            [TestSchema.Event("a", "contact", ("kind", ValueType.String)), TestSchema.Event("b", "contact", ("kind", TestSchema.Funnel))],
            []);

        Assert.True(SqlGenerator.CreateTables(schema, SqlDialect.DuckDb).Success);
    }

    [Fact]
    public void NameLongerThan63Bytes_IsRefusedForPostgresOnly_SL6003()
    {
        var name = new string('é', 32);
        var schema = TestSchema.With([TestSchema.Record("contact", (name, ValueType.String))], [], []);

        Assert.Equal("SL6003", Assert.Single(SqlGenerator.CreateTables(schema, SqlDialect.PostgreSql).Diagnostics).Code);
        Assert.True(SqlGenerator.CreateTables(schema, SqlDialect.DuckDb).Success);
    }

    [Fact]
    public void Load_WithAnUnmappableSchema_ThrowsWithTheDiagnostics()
    {
        var schema = TestSchema.With([TestSchema.Record("contact", ("id", ValueType.String))], [], []);
        using var engine = DuckDbScoreEngine.Open();

        var exception = Assert.Throws<SqlMappingException>(() =>
            engine.Load(Runtime.Building.RecordDataConverter.Convert(schema, []).Data));

        Assert.Equal("SL6001", Assert.Single(exception.Diagnostics).Code);
    }

    [Fact]
    public void GroupNamedLikeAFixedColumn_GetsAPrefixedColumn()
    {
        var score = Models.Score("s", ScoreKind.Engagement, null,
            [Models.Group("Score", null), Models.Group("group_score", null), Models.Group("tier", null)]);

        var query = Assert.Single(SqlGenerator.Generate(Models.Program(score), SqlDialect.DuckDb).Queries);

        Assert.Equal("id,score,engagement,fit,tier,group_Score,group_group_score,group_tier", string.Join(",", query.Columns));
    }
}
