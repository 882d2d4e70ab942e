using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Constants of a score as SQL literals, escaped by the dialect: a string or enum member can hold any character
/// (quotes, backslashes, line breaks, comment markers) and still only ever be data.
/// </summary>
internal sealed class ConstantTranslator
{
    private readonly SqlDialect _dialect;

    public ConstantTranslator(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    public string Literal(BoundConstant constant) => constant.Value switch
    {
        string text => _dialect.StringLiteral(text),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime time => _dialect.TimestampLiteral(time),
        double number => _dialect.DoubleLiteral(number),
        int or long or float or decimal or short or byte or uint or ulong =>
            _dialect.DoubleLiteral(Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture)),
        _ => "NULL",
    };
}
