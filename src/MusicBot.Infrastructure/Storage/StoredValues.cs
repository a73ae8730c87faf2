using System.Data;
using System.Globalization;
using Dapper;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// Lets the shared row classes read both engines: SQLite keeps times as ISO-8601 text and decimals as invariant text,
/// PostgreSQL as <c>timestamptz</c> and <c>numeric</c>. Dapper uses these when reading a column into a member of that
/// type; parameters never reach them (Dapper binds its built-in types itself), so writers use <see cref="IStoreDatabase.Time(DateTimeOffset)"/>.
/// </summary>
internal static class StoredValues
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            SqlMapper.AddTypeHandler(new TimeHandler());
            SqlMapper.AddTypeHandler(new DecimalHandler());
        }
    }

    private sealed class TimeHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => value switch
        {
            string text => DbTime.Parse(text),
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset time => time,
            _ => throw new InvalidCastException($"A stored time cannot be read from {value.GetType().Name}."),
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) =>
            throw new NotSupportedException("Pass times through IStoreDatabase.Time: each engine stores them its own way.");
    }

    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override decimal Parse(object value) => value switch
        {
            string text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };

        public override void SetValue(IDbDataParameter parameter, decimal value) => parameter.Value = value;
    }
}
