using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// Holds the bot's database write lock (<c>BEGIN IMMEDIATE</c>) until disposed: a busy database, the outermost seam
/// that makes a handler outlast the ack budget without changing any of the bot's code.
/// </summary>
public sealed class WriteLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private WriteLock(SqliteConnection connection) => _connection = connection;

    public static async Task<WriteLock> TakeAsync(string dataDirectory)
    {
        var connection = await new SqliteConnectionFactory(Options.Create(new MusicBotOptions { DataDirectory = dataDirectory })).OpenAsync(CancellationToken.None);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return new WriteLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
