namespace MusicBot.Core.Generation;

/// <summary>What happens to a task's reserved credits when it reaches a final state.</summary>
public enum CreditSettlement
{
    None,
    Capture,
    Refund,
}
