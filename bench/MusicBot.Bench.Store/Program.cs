using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;

// The submit path's store work (reserve at create, capture at success) against the floor: the minimal raw ledger
// transaction (read balance, insert ledger row, update balance) on the same SQLite build, file settings and machine,
// measured in the same run. Also: how the time per pair grows with history (first vs last 10 % of the run), and how
// many SQLITE_BUSY errors concurrent writers see.
// Usage: dotnet run -c Release --project bench/MusicBot.Bench.Store [-- <rows> ...]   (default: 20000 200000)
// Targets (issue 13): pairs/s >= 0.35x raw txn/s; last/first 10 % <= 1.2 at 200,000 rows; 0 SQLITE_BUSY with 8 writers.
int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [20_000, 200_000];
int[] writerCounts = [1, 8];
const int Users = 1_000;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite {SqliteVersion()}, {Environment.ProcessorCount} cores, {Users} users"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{"rows",8} {"writers",7} {"raw txn/s",10} {"pairs/s",9} {"pair/raw",9} {"first10% s",10} {"last10% s",10} {"last/first",10} {"busy",5}"));
foreach (var rows in sizes)
{
    foreach (var writers in writerCounts)
    {
        var raw = await RawAsync(rows, writers);
        var (pairs, first, last, busy) = await PairsAsync(rows, writers);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows,8} {writers,7} {raw,10:F0} {pairs,9:F0} {pairs / raw,9:F2} {first,10:F2} {last,10:F2} {last / first,10:F2} {busy,5}"));
    }
}

static string SqliteVersion()
{
    using var connection = new SqliteConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT sqlite_version()";
    return (string)command.ExecuteScalar()!;
}

// A fresh, migrated store in its own folder: the project's own file settings (WAL, synchronous NORMAL, busy timeout).
static async Task<(string Folder, SqliteConnectionFactory Connections)> NewStoreAsync()
{
    var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"musicbot-bench-store-{Guid.NewGuid():N}")).FullName;
    var connections = new SqliteConnectionFactory(Options.Create(new MusicBotOptions { DataDirectory = folder }));
    await new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
    return (folder, connections);
}

// The floor: one connection per writer, BEGIN IMMEDIATE, read the balance, append the ledger row, move the balance.
static async Task<double> RawAsync(int rows, int writers)
{
    var (folder, connections) = await NewStoreAsync();
    try
    {
        await using (var setup = await connections.OpenAsync(CancellationToken.None))
        await using (var insert = setup.CreateCommand())
        {
            insert.CommandText = string.Join(';', Enumerable.Range(0, Users).Select(u =>
                $"INSERT INTO credit_accounts (platform, scope_id, user_id, balance, created_at) VALUES ('console', 'bench', 'u{u}', 1000000, '2026-01-01T00:00:00.000Z')"));
            await insert.ExecuteNonQueryAsync();
        }

        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            while (Interlocked.Increment(ref next) is var i && i < rows)
            {
                var user = $"u{i % Users}";
                await using var transaction = connection.BeginTransaction(deferred: false);
                await using var read = connection.CreateCommand();
                read.CommandText = "SELECT balance FROM credit_accounts WHERE platform = 'console' AND scope_id = 'bench' AND user_id = $u";
                read.Parameters.AddWithValue("$u", user);
                var balance = (long)(await read.ExecuteScalarAsync())!;
                await using var append = connection.CreateCommand();
                append.CommandText = """
                    INSERT INTO credit_ledger (platform, scope_id, user_id, kind, amount, balance_after, actor, reason, task_id, created_at)
                    VALUES ('console', 'bench', $u, 'grant', -1, $b, 'system', 'bench', NULL, '2026-01-01T00:00:00.000Z');
                    UPDATE credit_accounts SET balance = balance - 1 WHERE platform = 'console' AND scope_id = 'bench' AND user_id = $u;
                    """;
                append.Parameters.AddWithValue("$u", user);
                append.Parameters.AddWithValue("$b", balance - 1);
                await append.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        })));
        return rows / watch.Elapsed.TotalSeconds;
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

// The project's path: GenerationTaskRepository.CreateAsync (reserve) then ApplyAsync with a capture, per song.
static async Task<(double PairsPerSecond, double FirstTenth, double LastTenth, int Busy)> PairsAsync(int rows, int writers)
{
    var (folder, connections) = await NewStoreAsync();
    try
    {
        var database = new SqliteDatabase(connections);
        var repository = new GenerationTaskRepository(database, Options.Create(new QuotaOptions { DefaultCredits = QuotaLimits.MaxCredits }));
        var scope = new ConversationScope(Platforms.Console, "bench");
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tenth = rows / 10;
        var finishedAt = new double[rows];
        var busy = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < rows)
            {
                try
                {
                    var user = new UserRef(scope, $"u{i % Users}");
                    var request = new GenerationRequest { Provider = ProviderNames.Local, Model = "synth", Style = "lo-fi piano" };
                    var created = await repository.CreateAsync(
                        new NewGenerationTask($"bench-{i}", user, new DeliveryTarget(Platforms.Console, "terminal"), request, 1, 100, now),
                        CancellationToken.None);
                    var task = ((CreateTaskResult.Created)created).Task;
                    await repository.ApplyAsync(
                        new TaskUpdate { TaskId = task.Id, ExpectedState = TaskState.Queued, NewState = TaskState.Succeeded, Now = now, Settlement = CreditSettlement.Capture },
                        CancellationToken.None);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
                {
                    Interlocked.Increment(ref busy);
                }

                finishedAt[i] = watch.Elapsed.TotalSeconds;
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        Array.Sort(finishedAt);
        var first = finishedAt[tenth - 1];
        var last = finishedAt[^1] - finishedAt[rows - tenth - 1];
        return (rows / elapsed, first, last, busy);
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
