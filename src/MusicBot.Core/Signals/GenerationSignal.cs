namespace MusicBot.Core.Signals;

/// <summary>Wakes the generation worker: a task was created or needs attention.</summary>
public sealed class GenerationSignal : WakeSignal;
