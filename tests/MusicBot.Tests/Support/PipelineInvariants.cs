using MusicBot.Core.Delivery;
using MusicBot.Testing;

namespace MusicBot.Tests.Support;

/// <summary>
/// What must hold after any fault: every task ended succeeded (charged once) or failed / timed out (refunded once),
/// no notice reached the user twice, and every balance equals the sum of its ledger rows.
/// </summary>
public static class PipelineInvariants
{
    public static async Task AssertHoldAsync(string dataDirectory, RecordingChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(dataDirectory, "SELECT COUNT(*) FROM tasks WHERE state NOT IN ('succeeded', 'failed', 'timed_out')"));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(dataDirectory, """
            SELECT COUNT(*) FROM tasks t
            WHERE (SELECT COUNT(*) FROM credit_ledger l WHERE l.task_id = t.id AND l.kind = CASE t.state WHEN 'succeeded' THEN 'capture' ELSE 'refund' END) <> 1
               OR (SELECT COUNT(*) FROM credit_ledger l WHERE l.task_id = t.id AND l.kind IN ('capture', 'refund')) <> 1
            """));
        var delivered = channel.Accepted.Select(d => (d.TaskId, d.Notice.Kind, d.Notice.Ordinal)).ToList();
        Assert.Equal(delivered.Count, delivered.Distinct().Count());
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(dataDirectory));
    }

    /// <summary>Waits until every task has finished and its last notice (completed or failed) was delivered.</summary>
    public static async Task WaitForAllFinishedAsync(string dataDirectory, RecordingChannel channel, int tasks, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await channel.WaitForAsync(d => d.Count(x => x.Notice.Kind is NoticeKind.Completed or NoticeKind.Failed) >= tasks, timeout);
        await PipelineHost.WaitUntilAsync(
            async () => await DatabaseFile.ScalarAsync<long>(dataDirectory, "SELECT COUNT(*) FROM deliveries WHERE state = 'pending'") == 0, timeout);
    }
}
