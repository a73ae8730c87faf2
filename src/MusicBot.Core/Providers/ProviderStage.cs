namespace MusicBot.Core.Providers;

/// <summary>How far a provider task has come, in the order the stages happen.</summary>
public enum ProviderStage
{
    Pending = 0,
    TextReady = 1,
    FirstTrackReady = 2,
    Complete = 3,
    Failed = 4,
}
