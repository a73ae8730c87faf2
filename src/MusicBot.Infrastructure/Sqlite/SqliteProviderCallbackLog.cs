using Dapper;
using MusicBot.Core.Callbacks;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>The callback de-duplication record: <c>INSERT OR IGNORE</c> on (provider, task, stage), so it cannot race.</summary>
public sealed class SqliteProviderCallbackLog(SqliteConnectionFactory connections) : IProviderCallbackLog
{
    public async Task<bool> TryRecordAsync(string provider, string taskKey, string stage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT OR IGNORE INTO provider_callbacks (provider, task_key, stage, received_at)
            VALUES (@provider, @taskKey, @stage, @At)
            """,
            new { provider, taskKey, stage, At = DbTime.Format(now) });
        return inserted == 1;
    }

    public async Task ForgetAsync(string provider, string taskKey, string stage, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM provider_callbacks WHERE provider = @provider AND task_key = @taskKey AND stage = @stage",
            new { provider, taskKey, stage });
    }
}
