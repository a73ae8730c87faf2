using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Tests.Rendering;

public sealed class ChatReplyRendererTests
{
    private const long Owner = 210000001;

    [Fact]
    public void Render_DraftWithMarkupInUserText_EscapesItAndAddsTheDraftKeyboard()
    {
        var view = View(Draft.Empty with { Style = "lo-fi <b>piano</b> & rain", Title = "</i>" });

        var message = ChatReplyRenderer.Render(Words.English, new DraftReply(view, DraftChange.Set, DraftField.Style), Owner);

        Assert.Contains("lo-fi &lt;b&gt;piano&lt;/b&gt; &amp; rain", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;/i&gt;", message.Html, StringComparison.Ordinal);
        Assert.IsType<InlineKeyboardMarkup>(message.Markup);
    }

    [Fact]
    public void Render_DraftWithHugeFields_StaysWithinTheMessageLimit()
    {
        var huge = new string('x', 9_999);
        var view = View(Draft.Empty with { Style = huge, Lyrics = huge, Title = huge, NegativeTags = huge });

        var message = ChatReplyRenderer.Render(Words.English, new DraftReply(view, DraftChange.Updated, null, [new FieldRefusal.UnknownProvider(huge, ["local"])]), Owner);

        Assert.InRange(Html.VisibleLength(message.Html), 1, OutgoingMessage.MaxLength);
        Assert.Contains("(9,999 characters)", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AwaitingLyrics_AsksForASelectiveReply()
    {
        var message = ChatReplyRenderer.Render(Words.English, new AwaitingInputReply(DraftField.Lyrics), Owner);

        var markup = Assert.IsType<ForceReplyMarkup>(message.Markup);
        Assert.True(markup.Selective);
        Assert.Contains("lyrics", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Help_EscapesTheAngleBracketsOfUsageLines()
    {
        var help = new HelpReply([new CommandHelp("style", false), new CommandHelp("quota", true)], IsWelcome: true);

        var html = ChatReplyRenderer.Render(Words.English, help, Owner).Html;

        Assert.Contains("<code>/style &lt;text&gt;</code>", html, StringComparison.Ordinal);
        Assert.Contains("(group admins)", html, StringComparison.Ordinal);
        Assert.StartsWith("👋", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Quota_NamesTheMemberByTheGivenName()
    {
        var account = new CreditAccount(new UserRef(new ConversationScope("telegram", "-1"), "42"), 3, 0, 2, 0, 5);

        var html = ChatReplyRenderer.Render(Words.English, new QuotaReply(QuotaAction.Set, account), Owner, "Bob <b> (@bob)").Html;

        Assert.Contains("Bob &lt;b&gt; (@bob) has <b>3 credits</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownCommand_EscapesTheCommandWord()
    {
        Assert.Contains("/&lt;x&gt; is not a command", ChatReplyRenderer.Render(Words.English, new UnknownCommandReply("<x>"), Owner).Html, StringComparison.Ordinal);
    }

    private static DraftView View(Draft draft) =>
        new(draft, "local", "synth", true, new ValidationReport([], []), ["synth"], ["local"]);
}
