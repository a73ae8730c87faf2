namespace MusicBot.Emulators.Discord.State;

/// <summary>A guild member the tests or the console act as: id, roles, and channel permissions (a decimal bit set).</summary>
public sealed record EmulatedUser(string Id, string Username, IReadOnlyList<string> Roles, string Permissions)
{
    /// <summary>SEND_MESSAGES, VIEW_CHANNEL and the like, without Manage Server.</summary>
    public const string MemberPermissions = "274877975552";

    /// <summary>Every permission, ADMINISTRATOR and MANAGE_GUILD included.</summary>
    public const string AdminPermissions = "2147483647";

    public static EmulatedUser Member(string id, params string[] roles) => new(id, $"user{id[^4..]}", roles, MemberPermissions);

    public static EmulatedUser Admin(string id, params string[] roles) => new(id, $"admin{id[^4..]}", roles, AdminPermissions);
}
