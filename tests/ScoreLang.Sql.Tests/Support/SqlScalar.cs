using System.Data.Common;
using System.Globalization;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>Evaluates single SQL expressions on an open connection (for tests of the building blocks).</summary>
internal static class SqlScalar
{
    public static object? Evaluate(DbConnection connection, string expression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {expression}";
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static double? Number(DbConnection connection, string expression) =>
        Evaluate(connection, expression) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public static DateTime Time(DbConnection connection, string expression) =>
        Evaluate(connection, expression) is DateTime time ? time : throw new InvalidOperationException($"{expression} is not a timestamp");
}
