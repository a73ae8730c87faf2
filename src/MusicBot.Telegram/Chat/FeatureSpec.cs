namespace MusicBot.Telegram.Chat;

/// <summary>A provider feature offered as a command (extend, stems, …) and what it does, for the reply.</summary>
public sealed record FeatureSpec(string Name, string Description);
