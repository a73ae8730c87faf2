using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat;

/// <summary>
/// The names of command arguments, shared by every platform: Discord's option names are these, and the text grammar
/// of each command fills the same names.
/// </summary>
public static class ArgumentNames
{
    public const string Song = "song";
    public const string Take = "take";
    public const string From = "from";
    public const string Topic = "topic";
    public const string Action = "action";
    public const string User = "user";
    public const string UserRoles = "user_roles";
    public const string Credits = "credits";
    public const string Role = "role";
    public const string Code = "code";

    /// <summary>The draft fields a command can set, with their argument names, provider first (it resets the model).</summary>
    public static IReadOnlyList<(string Name, DraftField Field)> Fields { get; } =
    [
        ("provider", DraftField.Provider),
        ("model", DraftField.Model),
        ("style", DraftField.Style),
        ("lyrics", DraftField.Lyrics),
        ("title", DraftField.Title),
        ("instrumental", DraftField.Instrumental),
        ("negative_tags", DraftField.NegativeTags),
        ("vocal_gender", DraftField.VocalGender),
    ];

    public static string Of(DraftField field) => Fields.First(f => f.Field == field).Name;
}
