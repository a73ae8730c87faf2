namespace MusicBot.Discord.Interactions;

/// <summary>Which handler serves an interaction, how it is deferred, and the name counted in metrics.</summary>
public sealed record InteractionRoute(Type Handler, DeferKind Defer, string Name);
