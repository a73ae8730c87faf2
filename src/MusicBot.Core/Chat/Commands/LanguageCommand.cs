using MusicBot.Core.Chat.Languages;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>language</c>: which language the bot speaks to the user, kept per user on the platform (it follows them into
/// every chat). Text grammar: nothing (show the choices), <c>&lt;code&gt;</c>, <c>auto</c> (follow the platform again),
/// and for admins <c>default &lt;code&gt;|auto</c>, the scope's default for users who chose nothing and whose platform
/// says nothing the bot speaks.
/// </summary>
public sealed class LanguageCommand(IUserLanguageStore store, ILanguageCodes languages) : IChatCommand
{
    public const string CommandName = "language";
    public const string Automatic = "auto";
    public const string DefaultAction = "default";

    public string Name => CommandName;

    public CommandNeeds Needs => CommandNeeds.None;

    public CommandNeeds NeedsFor(CommandArguments arguments) =>
        IsDefault(arguments) ? CommandNeeds.Admin : CommandNeeds.None;

    public TextParse? ParseText(string text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            [] => TextParse.Of(),
            [var code] => TextParse.Of((ArgumentNames.Code, code)),
            [var action, var code] when action.Equals(DefaultAction, StringComparison.OrdinalIgnoreCase) =>
                TextParse.Of((ArgumentNames.Action, DefaultAction), (ArgumentNames.Code, code)),
            _ => TextParse.Of((ArgumentNames.Code, string.Join(' ', words))),
        };
    }

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var user = invocation.User;
        var tag = invocation.Arguments.Text(ArgumentNames.Code)?.Trim();
        if (string.IsNullOrEmpty(tag))
        {
            var preference = await store.GetAsync(user, cancellationToken);
            return new LanguageReply(LanguageChange.Shown, preference.Chosen, languages.Codes);
        }

        var isAutomatic = tag.Equals(Automatic, StringComparison.OrdinalIgnoreCase);
        var code = isAutomatic ? null : languages.Find(tag);
        if (!isAutomatic && code is null)
        {
            return new LanguageUnknownReply(tag, languages.Codes);
        }

        if (IsDefault(invocation.Arguments))
        {
            await store.SetScopeDefaultAsync(user.Scope, code, user.UserId, cancellationToken);
            return new LanguageReply(code is null ? LanguageChange.ScopeDefaultRemoved : LanguageChange.ScopeDefaultSet, code, languages.Codes);
        }

        await store.ChooseAsync(user.Platform, user.UserId, code, cancellationToken);
        return new LanguageReply(code is null ? LanguageChange.Automatic : LanguageChange.Chosen, code, languages.Codes);
    }

    private static bool IsDefault(CommandArguments arguments) =>
        string.Equals(arguments.Text(ArgumentNames.Action), DefaultAction, StringComparison.OrdinalIgnoreCase);
}
