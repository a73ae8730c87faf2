using System.Text;
using MusicBot.Core.Drafts;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Tests.Buttons;

public sealed class KeyboardsTests
{
    private const long Owner = 4_503_599_627_370_495;

    [Fact]
    public void Draft_AnyDraft_OffersGenerateInstrumentalModelClearForItsOwner()
    {
        var keyboard = Keyboards.Draft(Words.English, View(Draft.Empty with { Instrumental = true }), Owner);

        var buttons = keyboard.InlineKeyboard.SelectMany(r => r).ToList();
        Assert.Equal(["▶️ Generate", "🎤 Instrumental: on", "🎛 Model: V4_5", "🗑 Clear"], buttons.Select(b => b.Text));
        Assert.All(buttons, b => Assert.Equal(Owner, CallbackData.Parse(b.CallbackData)!.OwnerId));
        Assert.Equal("0", CallbackData.Parse(buttons[1].CallbackData)!.Argument);
    }

    [Fact]
    public void Models_ModelNameTooLongForCallbackData_IsLeftOut()
    {
        var view = View(Draft.Empty) with { Models = ["V4_5", new string('X', 60)] };

        var keyboard = Keyboards.Models(Words.English, view, Owner);

        var labels = keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.Text).ToList();
        Assert.Equal(["✅ V4_5", "⬅️ Back"], labels);
        AssertFits(keyboard);
    }

    [Fact]
    public void Track_LargestIds_EveryButtonFits64Bytes()
    {
        var keyboard = Keyboards.Track(Words.English, long.MaxValue, int.MaxValue, -Owner, AllOperations);

        Assert.Equal(4, keyboard.InlineKeyboard.SelectMany(r => r).Count());
        AssertFits(keyboard);
    }

    [Fact]
    public void Track_ProviderWithAllOperations_OffersEachOnThePressedTake()
    {
        var keyboard = Keyboards.Track(Words.English, 12, 2, Owner, AllOperations);

        var buttons = keyboard.InlineKeyboard.SelectMany(r => r).ToList();
        Assert.Equal(["🔁 Regenerate", "➕ Extend", "💿 WAV", "🎚 Stems"], buttons.Select(b => b.Text));
        Assert.Equal(
            [$"r:{Owner}:12", $"x:{Owner}:12:2", $"w:{Owner}:12:2", $"s:{Owner}:12:2"],
            buttons.Select(b => b.CallbackData));
    }

    [Fact]
    public void Track_ProviderWithoutOperations_OffersOnlyRegenerate()
    {
        var keyboard = Keyboards.Track(Words.English, 12, 1, Owner, [OperationKind.Lyrics, OperationKind.AddVocals]);

        Assert.Equal(["🔁 Regenerate"], keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        Assert.Single(keyboard.InlineKeyboard);
    }

    private static readonly OperationKind[] AllOperations = Enum.GetValues<OperationKind>();

    private static void AssertFits(InlineKeyboardMarkup keyboard) =>
        Assert.All(keyboard.InlineKeyboard.SelectMany(r => r), b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));

    private static DraftView View(Draft draft) =>
        new(draft, "sunoapi", "V4_5", true, new ValidationReport([], []), ["V4_5", "V5"], ["local", "sunoapi"]);
}
