using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Compiler.Generation;

/// <summary>The event an event rule's <c>where</c> is looking at: the table local and the event index variable.</summary>
internal sealed record EventScope(EventTypeSymbol EventType, string Table, string Index);

/// <summary>
/// Turns bound conditions into C# bool expressions over the scored record row <c>r</c> (and, inside a <c>where</c>,
/// the event index). It mirrors the reference evaluator exactly: names resolve by name against the scored record type
/// (and the associated record, S3), any comparison on an unknown value is false, text compares ignoring case, numbers
/// compare with <see cref="double.CompareTo(double)"/> and <see cref="double.Equals(double)"/> as the evaluator does,
/// and comparisons of enums with constants are decided per member while generating (bool tables, no string work at
/// run time).
/// </summary>
internal sealed class ExpressionGenerator
{
    private readonly SchemaModel _schema;
    private readonly RecordTypeSymbol _recordType;
    private readonly MethodLocals _locals;
    private readonly ClassData _data;
    private readonly HashSet<string> _listsBeingInlined = new(StringComparer.Ordinal);

    // While the condition of a match table is generated: the text value that is the table's lambda parameter `v`.
    private string? _matchValue;

    // While the fallback of a match table is generated: its parts get no tables of their own.
    private bool _plainOnly;

    public ExpressionGenerator(SchemaModel schema, RecordTypeSymbol recordType, MethodLocals locals, ClassData data)
    {
        _schema = schema;
        _recordType = recordType;
        _locals = locals;
        _data = data;
    }

    /// <summary>A C# bool expression: whether the condition holds (an unknown result is false).</summary>
    public string Condition(BoundExpression expression, EventScope? scope) =>
        TryMatchTable(expression, scope) ?? Plain(expression, scope);

    public Operand Operand(BoundExpression expression, EventScope? scope)
    {
        var operand = expression switch
        {
            BoundPropertyAccess access => Property(access),
            BoundAttributeAccess attribute => Attribute(attribute, scope),
            BoundEventTimestamp => scope is null
                ? Generation.Operand.Unknown
                : new Operand(OperandKind.Ticks, "true", $"{_locals.EventTicks(scope.Table)}[{scope.Index}]"),
            BoundConstant constant => Constant(constant.Value),
            BoundDaysSince daysSince => DaysSince(Operand(daysSince.Operand, scope)),
            BoundLogical or BoundNot or BoundTruth or BoundComparison or BoundIn or BoundBetween or BoundIsKnown or BoundInList or BoundRelativeDate =>
                new Operand(OperandKind.Bool, "true", Condition(expression, scope)),
            _ => Generation.Operand.Unknown,
        };
        return _matchValue is not null && operand.Column is not null && operand.Value == _matchValue
            ? new Operand(OperandKind.Text, "v != null", "v")
            : operand;
    }

    /// <summary>
    /// A condition that reads one text column and nothing else, decided once per distinct value of the column: the
    /// same condition, generated as a lambda over the value, fills a table the loop indexes by the row's dictionary
    /// code (issue 5: no text comparison per event). A column without a dictionary keeps the plain condition.
    /// </summary>
    private string? TryMatchTable(BoundExpression expression, EventScope? scope)
    {
        if (_matchValue is not null || _plainOnly || !TextColumnCondition.IsCandidate(expression))
        {
            return null;
        }

        Operand? text = null;
        foreach (var leaf in TextColumnCondition.Columns(expression))
        {
            var operand = Operand(leaf, scope);
            if (operand.Column is null || (text is not null && text.Value != operand.Value))
            {
                return null;
            }

            text = operand;
        }

        string plain;
        _plainOnly = true;
        try
        {
            plain = Plain(expression, scope);
        }
        finally
        {
            _plainOnly = false;
        }

        if (text?.Column is not { } column || plain is "true" or "false")
        {
            return null;
        }

        _matchValue = text.Value;
        string condition;
        try
        {
            condition = Plain(expression, scope);
        }
        finally
        {
            _matchValue = null;
        }

        var (table, codes) = _locals.MatchTable(column, condition);
        var index = column.RowKnown is null ? $"{codes}[{column.Row}]" : $"({column.RowKnown} ? {codes}[{column.Row}] : 0)";
        return $"({table} != null ? {table}[{index}] : {plain})";
    }

    private string Plain(BoundExpression expression, EventScope? scope) => expression switch
    {
        BoundLogical logical => logical.Operator == LogicalOperator.And
            ? Syntax.And(Condition(logical.Left, scope), Condition(logical.Right, scope))
            : Syntax.Or(Condition(logical.Left, scope), Condition(logical.Right, scope)),
        BoundNot not => Syntax.Not(Condition(not.Operand, scope)),
        BoundTruth truth => Truth(Operand(truth.Operand, scope)),
        BoundComparison comparison => Comparisons.Compare(Operand(comparison.Left, scope), comparison.Operator, Operand(comparison.Right, scope), _data),
        BoundIn @in => In(@in, Operand(@in.Operand, scope)),
        BoundBetween between => Between(between, scope),
        BoundIsKnown known => IsKnown(known, scope),
        BoundInList inList => inList.IsNegated ? Syntax.Not(IsMember(inList.ListName)) : IsMember(inList.ListName),
        BoundRelativeDate relative => RelativeDate(relative, Operand(relative.Operand, scope)),
        _ => Truth(Operand(expression, scope)),
    };

    /// <summary>S4 and S20: membership of the scored record in a list.</summary>
    public string IsMember(string listName)
    {
        if (!_schema.Lists.TryGetValue(listName, out var list) || list.Condition is null)
        {
            // Static membership is input data of the list's own record type.
            return list is not null && list.RecordTypeName == _recordType.Name
                ? $"Rt.Has({_locals.StaticList(_locals.Records(_recordType.Name), listName)}, r)"
                : "false";
        }

        // A list defined through itself has no members (the evaluator's rule; the binder reports it).
        if (!_listsBeingInlined.Add(listName))
        {
            return "false";
        }

        try
        {
            // The evaluator evaluates a list's condition on the record alone, never on an event.
            return Condition(list.Condition, null);
        }
        finally
        {
            _listsBeingInlined.Remove(listName);
        }
    }

    private static string Truth(Operand operand) =>
        operand.Kind != OperandKind.Bool ? "false"
        : operand.Constant is bool constant ? (constant ? "true" : "false")
        : Syntax.And(operand.Known, operand.Value);

    private string In(BoundIn @in, Operand operand)
    {
        if (operand.Kind == OperandKind.Unknown)
        {
            return "false"; // `x not in [...]` on an unknown x is false too.
        }

        var items = @in.Items.Select(item => Constant(item.Value)).ToImmutableArray();
        if (operand.Kind == OperandKind.Enum)
        {
            return Comparisons.EnumTable(operand, member => items.Any(item => ValueComparer.Compare(member, ComparisonOperator.Equal, item.Constant)) != @in.IsNegated, _data);
        }

        var found = items.Aggregate("false", (any, item) => Syntax.Or(any, Comparisons.CompareKnownValues(operand, ComparisonOperator.Equal, item, _data)));
        return Syntax.And(operand.Known, @in.IsNegated ? Syntax.Not(found) : found);
    }

    private string Between(BoundBetween between, EventScope? scope)
    {
        var operand = Operand(between.Operand, scope);
        return Syntax.And(
            Comparisons.Compare(operand, ComparisonOperator.GreaterOrEqual, Operand(between.Low, scope), _data),
            Comparisons.Compare(operand, ComparisonOperator.LessOrEqual, Operand(between.High, scope), _data));
    }

    private string IsKnown(BoundIsKnown known, EventScope? scope)
    {
        var operand = Operand(known.Operand, scope);
        return known.IsKnown ? operand.Known : Syntax.Not(operand.Known);
    }

    private string RelativeDate(BoundRelativeDate relative, Operand operand)
    {
        if (operand.Kind != OperandKind.Ticks)
        {
            return "false";
        }

        // asOf - duration, long.MinValue before the calendar's start: then every date is within it and none is earlier.
        var boundary = _locals.ShiftedBack(relative.Duration);
        return relative.Operator == RelativeDateOperator.WithinLast
            ? Syntax.And(operand.Known, $"{boundary} <= {operand.Value} && {operand.Value} <= asOf")
            : Syntax.And(operand.Known, $"{operand.Value} < {boundary}");
    }

    private static Operand DaysSince(Operand operand) =>
        operand.Kind == OperandKind.Ticks
            ? new Operand(OperandKind.Number, operand.Known, $"Rt.WholeDays({operand.Value}, asOf)")
            : Generation.Operand.Unknown;

    /// <summary>A constant as the evaluator normalizes it (every CLR number is a double).</summary>
    private static Operand Constant(object value) => value switch
    {
        double or int or long or float or decimal or short or byte or uint or ulong =>
            Literal(ValueComparer.Normalize(value)!),
        _ => Literal(value),
    };

    private static Operand Literal(object value) => value switch
    {
        double number => new Operand(OperandKind.Number, "true", CSharpText.Double(number), Constant: number),
        bool flag => new Operand(OperandKind.Bool, "true", flag ? "true" : "false", Constant: flag),
        DateTime time => new Operand(OperandKind.Ticks, "true", CSharpText.Long(time.Ticks), Constant: time),
        string text => new Operand(OperandKind.Text, "true", CSharpText.StringLiteral(text), Constant: text),
        _ => Generation.Operand.Unknown,
    };

    /// <summary>A property of the scored record, or of its associated record (S3); by name, as the evaluator reads it.</summary>
    private Operand Property(BoundPropertyAccess access)
    {
        if (access.Association is null)
        {
            return _recordType.FindProperty(access.Property.Name) is { } property
                ? Column(_locals.Records(_recordType.Name), property, "r", null)
                : Generation.Operand.Unknown;
        }

        if (_recordType.FindProperty(access.Association.Name) is not { Type.Kind: DataKind.Association } association
            || !_schema.Records.TryGetValue(association.Type.TargetRecordType!, out var target)
            || target.FindProperty(access.Property.Name) is not { } targetProperty)
        {
            return Generation.Operand.Unknown;
        }

        var row = _locals.AssociatedRow(_recordType.Name, association);
        return Column(_locals.RecordBatch(target.Name), targetProperty, row, $"{row} >= 0");
    }

    /// <summary>An attribute of the event a <c>where</c> looks at; by name, as the evaluator reads it.</summary>
    private Operand Attribute(BoundAttributeAccess access, EventScope? scope)
    {
        if (scope?.EventType.FindAttribute(access.Attribute.Name) is not { } attribute)
        {
            return Generation.Operand.Unknown;
        }

        var values = _locals.AttributeValues(scope.Table, attribute);
        return Typed(attribute, values, scope.Index, null, () => _locals.AttributeKnown(scope.Table, attribute), scope.Table);
    }

    private Operand Column(string batch, PropertySymbol property, string row, string? rowKnown) =>
        property.Type.Kind == DataKind.Association
            ? Generation.Operand.Unknown // an association is not a value the evaluator can read
            : Typed(property, _locals.Values(batch, property), row, rowKnown, () => _locals.Known(batch, property), batch);

    private static Operand Typed(PropertySymbol property, string values, string row, string? rowKnown, Func<string> knownWords, string owner)
    {
        var value = $"{values}[{row}]";
        return property.Type.Kind switch
        {
            DataKind.Number => new Operand(OperandKind.Number, Syntax.And(rowKnown, $"Rt.Has({knownWords()}, {row})"), value),
            DataKind.Bool => new Operand(OperandKind.Bool, Syntax.And(rowKnown, $"Rt.Has({knownWords()}, {row})"), value),
            DataKind.Date or DataKind.DateTime => new Operand(OperandKind.Ticks, Syntax.And(rowKnown, $"Rt.Has({knownWords()}, {row})"), value),
            DataKind.String => new Operand(OperandKind.Text, Syntax.And(rowKnown, $"{value} != null"), value,
                Column: new TextColumn($"{owner}.Strings({CSharpText.Int(property.Ordinal)})", values, row, rowKnown)),
            DataKind.Enum => new Operand(OperandKind.Enum, Syntax.And(rowKnown, $"{value} >= 0"), value, property.Type.EnumMembers, Guard: rowKnown),
            _ => Generation.Operand.Unknown,
        };
    }
}
