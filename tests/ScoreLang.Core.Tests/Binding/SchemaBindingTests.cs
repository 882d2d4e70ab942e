using ScoreLang.Semantics;
using Xunit;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Binding;

public sealed class SchemaBindingTests
{
    [Fact]
    public void Record_PropertiesKeepTypesOrdinalsAndDescriptions_S1()
    {
        var schema = TestCompiler.Compile(TestCompiler.CrmSchema, "crm.schema").Program.Schema;

        var contact = schema.Records["contact"];
        Assert.Equal("A person we talk to", contact.Description);
        Assert.Equal(["email", "job_title", "lifecycle_stage"], contact.Properties.Take(3).Select(p => p.Name));
        Assert.Equal(Enumerable.Range(0, contact.Properties.Length), contact.Properties.Select(p => p.Ordinal));
        Assert.Equal(DataKind.Enum, contact.FindProperty("lifecycle_stage")!.Type.Kind);
        Assert.Equal(["subscriber", "lead", "mql", "sql", "opportunity", "customer"], contact.FindProperty("lifecycle_stage")!.Type.EnumMembers.ToArray());
        Assert.Equal(ValueType.AssociationTo("company"), contact.FindProperty("company")!.Type);
        Assert.Equal(ValueType.DateTime, contact.FindProperty("created_at")!.Type);
        Assert.Equal(ValueType.Date, contact.FindProperty("last_email_open")!.Type);
        Assert.Equal("Email address", contact.FindProperty("email")!.Description);
    }

    [Fact]
    public void Events_HaveRecordTypeAndAttributesButNoTimestampColumn_S10()
    {
        var schema = TestCompiler.Compile(TestCompiler.CrmSchema, "crm.schema").Program.Schema;

        var form = schema.Events["form_submitted"];
        Assert.Equal("contact", form.RecordTypeName);
        Assert.Equal(["form", "funnel_stage"], form.Attributes.Select(a => a.Name));
        Assert.Null(form.FindAttribute("timestamp"));
        Assert.Empty(schema.Events["meeting_booked"].Attributes);
    }

    [Fact]
    public void Lists_StaticOrConditional_S4()
    {
        var schema = TestCompiler.Compile(TestCompiler.CrmSchema, "crm.schema").Program.Schema;

        Assert.True(schema.Lists["employees"].IsStatic);
        var big = schema.Lists["big_companies"];
        Assert.Equal("company", big.RecordTypeName);
        var condition = Assert.IsType<BoundComparison>(big.Condition);
        Assert.Equal("num_employees", Assert.IsType<BoundPropertyAccess>(condition.Left).Property.Name);
        Assert.Equal(500.0, Assert.IsType<BoundConstant>(condition.Right).Value);
    }

    [Fact]
    public void DuplicateAcrossFiles_IsReportedInTheImportingFileWithRelatedFirstDeclaration()
    {
        var compilation = TestCompiler.CompileWithSchema("record company { name: string }");

        var duplicate = compilation.Single("SL2002");
        Assert.Equal("test.score", duplicate.Location.Path);
        Assert.Equal("crm.schema", Assert.Single(duplicate.Related).Location.Path);
        Assert.Equal("Email address", compilation.Program.Schema.Records["contact"].FindProperty("email")!.Description);
    }

    [Fact]
    public void UnknownPropertyType_SuggestsBuiltInWithFix()
    {
        var diagnostic = TestCompiler.Compile("record r { n: numbr }").Single("SL2001");

        Assert.Equal("number", diagnostic.Fix);
        Assert.Contains("Did you mean 'number'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListCondition_ReferringToItself_IsACycle()
    {
        var compilation = TestCompiler.Compile("record r { n: number }\nlist a of r when in list a");

        Assert.Contains("a -> a", compilation.Single("SL2012").Message, StringComparison.Ordinal);
    }
}
