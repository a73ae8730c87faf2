namespace MusicBot.Discord.Commands;

/// <summary>
/// The bot's top-level commands. Quotas are their own command because <c>default_member_permissions</c> exists only on
/// top-level commands: a <c>/music quota</c> subcommand group could not be hidden from members without Manage Server.
/// </summary>
public static class CommandNames
{
    public const string Music = "music";
    public const string Quota = "music-quota";
}
