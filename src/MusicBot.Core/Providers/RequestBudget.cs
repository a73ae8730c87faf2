namespace MusicBot.Core.Providers;

/// <summary>At most <paramref name="Requests"/> calls to a provider in any <paramref name="Window"/>, however many tasks are in flight.</summary>
public sealed record RequestBudget(int Requests, TimeSpan Window);
