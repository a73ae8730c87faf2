using Dapper;
using MusicBot.Core.Callbacks;

namespace MusicBot.Infrastructure.Storage;

/// <summary>The callback de-duplication record: an insert that does nothing on a known (provider, task, stage), so it cannot race.</summary>
public sealed class ProviderCallbackLog(IStoreDatabase db) : IProviderCallbackLog
{
    public async Task<bool> TryRecordAsync(string provider, string taskKey, string stage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO provider_callbacks (provider, task_key, stage, received_at)
            VALUES (@provider, @taskKey, @stage, @At)
            ON CONFLICT (provider, task_key, stage) DO NOTHING
            """,
            new { provider, taskKey, stage, At = db.Time(now) });
        return inserted == 1;
    }

    public async Task ForgetAsync(string provider, string taskKey, string stage, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM provider_callbacks WHERE provider = @provider AND task_key = @taskKey AND stage = @stage",
            new { provider, taskKey, stage });
    }
}
