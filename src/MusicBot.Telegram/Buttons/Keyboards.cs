using System.Globalization;
using MusicBot.Core.Drafts;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Telegram.Rendering;
using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Buttons;

/// <summary>The inline keyboards: under a draft, under its model list, and under each delivered track.</summary>
public static class Keyboards
{
    public static InlineKeyboardMarkup Draft(Words words, DraftView view, long ownerId)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(view);
        var instrumental = view.Draft.Instrumental;
        return Markup(
            [
                Button("▶️ " + words.Plain("telegram.button.generate"), new(CallbackAction.Generate, ownerId)),
                Button("🎤 " + words.Plain(instrumental ? "telegram.button.instrumental-on" : "telegram.button.instrumental-off"), new(CallbackAction.Instrumental, ownerId, instrumental ? "0" : "1")),
            ],
            [
                Button("🎛 " + words.Plain("telegram.button.model", ("model", view.Model)), new(CallbackAction.Models, ownerId)),
                Button("🗑 " + words.Plain("telegram.button.clear"), new(CallbackAction.Clear, ownerId)),
            ]);
    }

    /// <summary>One button per model, two per row, then Back; a model whose data would exceed 64 bytes is left out.</summary>
    public static InlineKeyboardMarkup Models(Words words, DraftView view, long ownerId)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(view);
        var buttons = view.Models
            .Select(m => Button(m == view.Model ? $"✅ {m}" : m, new(CallbackAction.SetModel, ownerId, m)))
            .OfType<InlineKeyboardButton>()
            .Chunk(2)
            .Select(row => (IReadOnlyList<InlineKeyboardButton?>)row)
            .Append([Button("⬅️ " + words.Plain("telegram.button.back"), new(CallbackAction.Back, ownerId))]);
        return Markup([.. buttons]);
    }

    /// <summary>
    /// Under a delivered take: Regenerate, and each of Extend, WAV and Stems that <paramref name="operations"/> (what
    /// Core offers on the take) includes. Extend, WAV and Stems name the take (as the user counts takes), so they act
    /// on the one pressed.
    /// </summary>
    public static InlineKeyboardMarkup Track(Words words, long taskId, int take, long ownerId, IReadOnlyCollection<OperationKind> operations)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(operations);
        var song = taskId.ToString(CultureInfo.InvariantCulture);
        var reference = new TakeReference(taskId, take).Text;
        InlineKeyboardButton? Offer(OperationKind kind, string label, CallbackAction action) =>
            operations.Contains(kind) ? Button(label, new(action, ownerId, reference)) : null;
        return Markup(
            [
                Button("🔁 " + words.Plain("telegram.button.regenerate"), new(CallbackAction.Regenerate, ownerId, song)),
                Offer(OperationKind.Extend, "➕ " + words.Plain("telegram.button.extend"), CallbackAction.Extend),
            ],
            [
                Offer(OperationKind.Wav, "💿 " + words.Plain("telegram.button.wav"), CallbackAction.Wav),
                Offer(OperationKind.Stems, "🎚 " + words.Plain("telegram.button.stems"), CallbackAction.Stems),
            ]);
    }

    private static InlineKeyboardButton? Button(string text, CallbackData data) =>
        data.TryEncode() is { } encoded ? InlineKeyboardButton.WithCallbackData(text, encoded) : null;

    private static InlineKeyboardMarkup Markup(params IReadOnlyList<InlineKeyboardButton?>[] rows) =>
        new(rows.Select(r => (IEnumerable<InlineKeyboardButton>)[.. r.OfType<InlineKeyboardButton>()]).Where(r => r.Any()).ToList());
}
