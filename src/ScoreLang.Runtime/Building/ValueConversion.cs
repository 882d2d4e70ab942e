using System.Globalization;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Stores a CLR value as the reference evaluator represents it (double, bool, DateTime, string, enum member name,
/// associated record id; null is unknown) into a <see cref="ColumnBuilder"/>. Used by the row-at-a-time setters.
/// </summary>
internal static class ValueConversion
{
    /// <summary>False when the value does not fit the property's type (the value is then left unknown).</summary>
    public static bool TrySet(ColumnBuilder column, int index, object? value, Func<string, int>? targetKeyOf)
    {
        if (value is null)
        {
            column.SetUnknown(index);
            return true;
        }

        switch (column.Kind)
        {
            case DataKind.Number when value is double or float or int or long or decimal or short or byte:
                column.SetNumber(index, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return true;
            case DataKind.Bool when value is bool flag:
                column.SetBool(index, flag);
                return true;
            case DataKind.Date or DataKind.DateTime when value is DateTime time:
                column.SetTicks(index, time.Kind == DateTimeKind.Local ? time.ToUniversalTime().Ticks : time.Ticks);
                return true;
            case DataKind.Date or DataKind.DateTime when value is DateTimeOffset offset:
                column.SetTicks(index, offset.UtcTicks);
                return true;
            case DataKind.String when value is string text:
                column.SetString(index, text);
                return true;
            case DataKind.Enum when value is string member:
                var code = EnumColumn.CodeOf(column.Property.Type.EnumMembers, member);
                if (code < 0)
                {
                    column.SetUnknown(index);
                    return false;
                }

                column.SetCode(index, code);
                return true;
            case DataKind.Association when value is string id && targetKeyOf is not null:
                column.SetCode(index, targetKeyOf(id));
                return true;
            default:
                column.SetUnknown(index);
                return false;
        }
    }
}
