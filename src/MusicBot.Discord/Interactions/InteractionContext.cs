using System.Text.Json;
using MusicBot.Core.Conversations;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// An interaction translated for handlers: who (as a Core <see cref="UserRef"/>, with roles and admin rights), where
/// results go, the command path (<c>draft set</c>) with its leaf options, or the component's custom id.
/// </summary>
public sealed class InteractionContext
{
    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), the "Manage Server" permission, and ADMINISTRATOR (1 &lt;&lt; 3), which implies it.</summary>
    public const ulong ManageGuild = 1UL << 5;
    public const ulong Administrator = 1UL << 3;

    public InteractionContext(Interaction interaction, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        Interaction = interaction;
        ReceivedAt = receivedAt;
        UserId = interaction.InvokerId ?? throw new JsonException("Interaction without a user.");
        Scope = ScopeOf(interaction.GuildId, UserId);
        (Path, Options) = Flatten(interaction.Data?.Options);
        RoleIds = interaction.Member?.Roles ?? [];
        IsAdmin = interaction.GuildId is not null
            && ulong.TryParse(interaction.Member?.Permissions, out var permissions)
            && (permissions & (ManageGuild | Administrator)) != 0;
    }

    public Interaction Interaction { get; }

    public DateTimeOffset ReceivedAt { get; }

    public string UserId { get; }

    public ConversationScope Scope { get; }

    public UserRef User => new(Scope, UserId);

    public IReadOnlyList<string> RoleIds { get; }

    /// <summary>Re-checked from the member's permissions in every interaction, whatever the command's defaults say.</summary>
    public bool IsAdmin { get; }

    public bool IsInGuild => Interaction.GuildId is not null;

    /// <summary>Subcommand group and subcommand names, space-separated (<c>draft set</c>); empty for components.</summary>
    public string Path { get; }

    public IReadOnlyDictionary<string, InteractionOption> Options { get; }

    public string CustomId => Interaction.Data?.CustomId ?? "";

    /// <summary>A guild is a scope; a DM is its user's own scope.</summary>
    public static ConversationScope ScopeOf(string? guildId, string userId) =>
        new(Platforms.Discord, guildId ?? $"dm-{userId}");

    public string? TextOf(string name) =>
        Options.TryGetValue(name, out var option) && option.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public long? NumberOf(string name) =>
        Options.TryGetValue(name, out var option) && option.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    /// <summary>A NUMBER option (a double; Discord also sends whole numbers without a fraction).</summary>
    public double? RealOf(string name) =>
        Options.TryGetValue(name, out var option) && option.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    public bool? FlagOf(string name) =>
        Options.TryGetValue(name, out var option) && option.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>Any option's value as invariant text (true/false for booleans), as a Core argument carries it.</summary>
    public string? ValueOf(string name) =>
        !Options.TryGetValue(name, out var option) || option.Value is not { } value ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };

    public DiscordAttachment? AttachmentOf(string name) =>
        TextOf(name) is { } id && Interaction.Data?.Resolved?.Attachments?.TryGetValue(id, out var attachment) == true ? attachment : null;

    /// <summary>The roles of a user named in an option, from <c>data.resolved.members</c>.</summary>
    public IReadOnlyList<string> RolesOf(string userId) =>
        Interaction.Data?.Resolved?.Members?.TryGetValue(userId, out var member) == true ? member.Roles ?? [] : [];

    private static (string Path, IReadOnlyDictionary<string, InteractionOption> Options) Flatten(List<InteractionOption>? options)
    {
        var path = new List<string>();
        var current = options ?? [];
        // Walk subcommand groups (2) and subcommands (1) down to the leaf options; groups cannot nest deeper.
        while (current is [{ Type: CommandOption.SubCommandType or CommandOption.GroupType } nested])
        {
            path.Add(nested.Name);
            current = nested.Options ?? [];
        }

        return (string.Join(' ', path), current.ToDictionary(o => o.Name, StringComparer.Ordinal));
    }
}
