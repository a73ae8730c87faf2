using System.Text.Json;

namespace MusicBot.Discord.Json;

/// <summary>
/// An interaction as it arrives in <c>INTERACTION_CREATE</c> (reference A3.1). Snowflakes are strings; fields the bot
/// does not use are left out, and unknown ones are ignored.
/// </summary>
public sealed record Interaction
{
    public required string Id { get; init; }

    public required string ApplicationId { get; init; }

    public required int Type { get; init; }

    public required string Token { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>In a guild: the invoking member, with its permissions. In a DM it is absent and <see cref="User"/> is set.</summary>
    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    /// <summary>For components: the message the clicked component is on.</summary>
    public InteractionMessage? Message { get; init; }

    public long? AttachmentSizeLimit { get; init; }

    public string? Locale { get; init; }

    /// <summary>The invoking user's id: <c>member.user.id ?? user.id</c>.</summary>
    public string? InvokerId => Member?.User?.Id ?? User?.Id;
}

/// <summary>
/// Command, component or modal data. Its <c>id</c> is left out on purpose: a snowflake string for commands but a
/// number for components (reference A3.1), and the bot needs neither.
/// </summary>
public sealed record InteractionData
{
    public string? Name { get; init; }

    public int? Type { get; init; }

    public List<InteractionOption>? Options { get; init; }

    public ResolvedData? Resolved { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    /// <summary>Modal submit: Labels (type 18, one <c>component</c>) or legacy action rows (type 1, <c>components</c>).</summary>
    public List<Component>? Components { get; init; }
}

/// <summary>A command option as sent: <see cref="Value"/> or nested <see cref="Options"/> (subcommands), never both.</summary>
public sealed record InteractionOption
{
    public required string Name { get; init; }

    public required int Type { get; init; }

    public JsonElement? Value { get; init; }

    public List<InteractionOption>? Options { get; init; }

    public bool? Focused { get; init; }
}

public sealed record ResolvedData
{
    public Dictionary<string, DiscordAttachment>? Attachments { get; init; }

    public Dictionary<string, DiscordUser>? Users { get; init; }

    /// <summary>Partial members (no <c>user</c>): the roles of users named in options.</summary>
    public Dictionary<string, GuildMember>? Members { get; init; }

    public Dictionary<string, DiscordRole>? Roles { get; init; }
}

public sealed record DiscordAttachment
{
    public required string Id { get; init; }

    public required string Filename { get; init; }

    public long Size { get; init; }

    public string? Url { get; init; }

    public string? ContentType { get; init; }
}

public sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public List<string>? Roles { get; init; }

    /// <summary>The member's permissions in the channel, as a decimal bit-set string.</summary>
    public string? Permissions { get; init; }
}

public sealed record DiscordUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public string? GlobalName { get; init; }

    public bool? Bot { get; init; }
}

public sealed record DiscordRole
{
    public required string Id { get; init; }

    public string? Name { get; init; }
}

public sealed record InteractionMessage
{
    public required string Id { get; init; }

    public string? ChannelId { get; init; }

    public int? Flags { get; init; }
}
