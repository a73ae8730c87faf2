namespace MusicBot.Emulators.Discord.Gateway;

/// <summary>A gateway session: its sequence, every dispatch it carried (for replay on Resume) and its current socket.</summary>
internal sealed class EmulatedSession(string id, int shardId, int shardCount)
{
    public string Id => id;

    public int ShardId => shardId;

    public int ShardCount => shardCount;

    public SemaphoreSlim DispatchLock { get; } = new(1, 1);

    public long Sequence { get; set; }

    public List<(long Sequence, string Json)> Buffer { get; } = [];

    public GatewaySocket? Socket { get; set; }

    /// <summary>Closed with 1000/1001, invalidated (op 9 false, 4007, 4009…): it cannot be resumed.</summary>
    public bool IsInvalid { get; set; }
}
