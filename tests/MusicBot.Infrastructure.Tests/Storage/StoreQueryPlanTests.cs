using System.Text.RegularExpressions;
using Dapper;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

/// <summary>
/// The queries every submit, step, pass and delivery run must seek an index, never walk a table that grows with the
/// history (tasks, ledger, deliveries) or sort it: their cost must follow the work in flight. Checked on SQLite's own
/// planner (EXPLAIN QUERY PLAN is deterministic there without statistics); PostgreSQL's planner picks plans by table
/// statistics, so a plan on a test-sized table would say nothing about a large one.
/// </summary>
public sealed partial class StoreQueryPlanTests(SqliteStoreFixture stores) : IClassFixture<SqliteStoreFixture>, IAsyncLifetime
{
    private TestStore _db = null!;

    public static TheoryData<string> HotQueries => [.. Queries(null).Keys];

    // Each hot query and the index its first (driving) step must seek: a seek on a prefix that is not selective, such as
    // every task of a platform, would still grow with the history, so "some index" is not enough.
    private static Dictionary<string, (string Sql, string Index)> Queries(IStoreDatabase? db) => new(StringComparer.Ordinal)
    {
        ["in-flight count at submit"] = (GenerationTaskRepository.InFlightSql, "ix_tasks_user_state (platform=? AND scope_id=? AND user_id=? AND state=?)"),
        ["queue position at submit"] = (GenerationTaskRepository.QueuePositionSql, "ix_tasks_provider_state (provider=? AND state=? AND id<?)"),
        ["queue position of a task"] = (GenerationTaskRepository.QueuePositionOfSql, "INTEGER PRIMARY KEY (rowid=?)"),
        ["due polls of a pass"] = (GenerationTaskRepository.DueSql, "ix_tasks_due (next_poll_at<?)"),
        ["queued tasks to send"] = (GenerationTaskRepository.QueuedSql, "ix_tasks_provider_state (provider=? AND state=?)"),
        ["over-age queued tasks"] = (GenerationTaskRepository.QueuedOverAgeSql, "ix_tasks_queued_age (created_at<?)"),
        ["tasks at a provider"] = (GenerationTaskRepository.AtProviderSql, "ix_tasks_provider_state (provider=? AND state=?)"),
        ["task of a provider callback"] = (GenerationTaskRepository.ByProviderTaskIdSql, "ux_tasks_provider_task (provider=? AND provider_task_id=?)"),
        ["unfinished tasks of a platform"] = (GenerationTaskRepository.UnfinishedOfPlatformSql, "ix_tasks_unfinished (state=?)"),
        ["due deliveries"] = (db is null ? "" : DeliveryOutbox.DueSql(db), "ix_deliveries_pending (next_attempt_at<?)"),
    };

    public async Task InitializeAsync() => _db = await stores.CreateStoreAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [MemberData(nameof(HotQueries))]
    public async Task Plan_HotQuery_SeeksAnIndexAndSortsNothing(string name)
    {
        var (sql, index) = Queries(_db.Database)[name];
        var plan = await PlanAsync(sql);

        var whole = string.Join(" | ", plan);
        Assert.True(plan[0].StartsWith("SEARCH ", StringComparison.Ordinal) && plan[0].EndsWith(index, StringComparison.Ordinal), $"{name} must start by seeking {index}: {whole}");
        Assert.DoesNotContain(plan, step => FullScan().IsMatch(step) || step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_QueryWithoutIndex_IsCaughtAsAScan()
    {
        // The check itself: a query on a column no index leads with must be reported, or the test above proves nothing.
        var plan = await PlanAsync("SELECT COUNT(*) FROM tasks WHERE model = @model");

        Assert.Contains(plan, FullScan().IsMatch);
    }

    private async Task<List<string>> PlanAsync(string sql)
    {
        // Dapper expands a list parameter (IN @names) into (@names1, …); one element is enough for the plan.
        var expanded = ListParameter().Replace(sql, "IN (@$1)");
        var parameters = new DynamicParameters();
        foreach (Match parameter in Parameter().Matches(expanded))
        {
            parameters.Add(parameter.Groups[1].Value, null);
        }

        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>($"EXPLAIN QUERY PLAN {expanded}", parameters);
        return [.. rows.Select(r => r.Detail)];
    }

    // "SCAN t" or "SCAN tasks USING INDEX …" walks a whole table or index; "SEARCH … USING …" seeks a range.
    [GeneratedRegex(@"^SCAN (?!CONSTANT ROW)")]
    private static partial Regex FullScan();

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex ListParameter();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();
}
