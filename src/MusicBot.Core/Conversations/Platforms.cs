namespace MusicBot.Core.Conversations;

/// <summary>Names of the chat platforms, as stored in the database.</summary>
public static class Platforms
{
    public const string Console = "console";
    public const string Telegram = "telegram";
    public const string Discord = "discord";
}
