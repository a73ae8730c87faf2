using MusicBot.Core.Conversations;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Tests.Rendering;

public sealed class GenerateRendererTests
{
    [Fact]
    public void Render_Refused_WordsTheCodeAndSaysNothingWasCharged()
    {
        var html = GenerateRenderer.Render(Words.English, new GenerateOutcome.Refused(new Refusal.TakeOutOfRange(3, 2, 5)));

        Assert.Equal("🚫 take: song #3 has takes 1–2; you asked for take 5. Pick one of those. Nothing was charged.", html);
    }

    [Fact]
    public void Render_QueuedExtend_SaysWhichSongAndTakeItExtends()
    {
        var operation = new TrackOperation { Kind = OperationKind.Extend, SourceTaskId = 3, SourceTrackIndex = 2 };

        var html = GenerateRenderer.Render(Words.English, new GenerateOutcome.Queued(Task(operation, price: 1), 1, 8, []));

        Assert.Equal(
            "⏳ <b>Song #5</b> queued (position 1) with sunoapi V4_5: extending song #3, take 2. 1 credit reserved, 8 left; you pay only if it succeeds.",
            html);
    }

    [Fact]
    public void Render_QueuedFreeLyrics_EscapesTheTopicAndSaysItIsFree()
    {
        var operation = new TrackOperation { Kind = OperationKind.Lyrics, Prompt = "rain & <thunder>" };

        var html = GenerateRenderer.Render(Words.English, new GenerateOutcome.Queued(Task(operation, price: 0), 1, 10, []));

        Assert.EndsWith(": writing lyrics about “rain &amp; &lt;thunder&gt;”. It is free; you have 10 credits.", html, StringComparison.Ordinal);
    }

    private static GenerationTask Task(TrackOperation operation, int price) => new()
    {
        Id = 5,
        RequestKey = "k",
        User = new UserRef(new ConversationScope(Platforms.Telegram, "1"), "1"),
        Target = new DeliveryTarget(Platforms.Telegram, "1", null),
        Request = new GenerationRequest { Provider = "sunoapi", Model = "V4_5", Operation = operation },
        State = TaskState.Queued,
        Price = price,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
