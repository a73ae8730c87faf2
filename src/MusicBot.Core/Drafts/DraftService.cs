using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Core.UserText;
using MusicBot.Core.Validation;

namespace MusicBot.Core.Drafts;

/// <summary>
/// Show, set and clear a user's draft. Values that cannot be understood (an unknown provider, "maybe" for a switch)
/// are refused and change nothing; values that only break a provider limit are kept and reported, since the user
/// may fix them by switching model.
/// </summary>
public sealed class DraftService(IDraftRepository drafts, ProviderDirectory directory)
{
    /// <summary>No provider accepts more than this in one field; larger input is refused before it is stored.</summary>
    public const int MaxFieldLength = 10_000;

    public async Task<DraftView> ShowAsync(UserRef user, CancellationToken cancellationToken) =>
        View(await drafts.GetAsync(user, cancellationToken));

    public async Task<DraftView> ClearAsync(UserRef user, CancellationToken cancellationToken)
    {
        await drafts.ClearAsync(user, cancellationToken);
        return View(Draft.Empty);
    }

    public async Task<DraftEdit> SetAsync(UserRef user, DraftField field, string? value, CancellationToken cancellationToken)
    {
        var draft = await drafts.GetAsync(user, cancellationToken);
        var text = TextValues.Clean(value);
        if (text is { Length: > MaxFieldLength })
        {
            return Refuse(draft, new FieldRefusal.TooLongForAnyProvider(field, text.Length, MaxFieldLength));
        }

        var (updated, problem) = Apply(draft, field, text);
        if (problem is not null)
        {
            return Refuse(draft, problem);
        }

        await drafts.SaveAsync(user, updated, cancellationToken);
        return new DraftEdit(null, View(updated));
    }

    public DraftView View(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var provider = directory.ProviderFor(draft);
        var rules = directory.RulesFor(provider);
        if (rules is null)
        {
            return new DraftView(draft, provider, draft.Model ?? "", false, new ValidationReport([], []), [], directory.Available);
        }

        var model = ProviderDirectory.ModelFor(draft, rules);
        return new DraftView(draft, provider, model, directory.IsAvailable(provider), rules.Validate(draft), rules.Models, directory.Available);
    }

    private DraftEdit Refuse(Draft draft, FieldRefusal refusal) => new(refusal, View(draft));

    private (Draft Draft, FieldRefusal? Problem) Apply(Draft draft, DraftField field, string? text) => field switch
    {
        DraftField.Provider => SetProvider(draft, text),
        DraftField.Model => SetModel(draft, text),
        DraftField.Style => (draft with { Style = text }, null),
        DraftField.Lyrics => (draft with { Lyrics = text }, null),
        DraftField.Title => (draft with { Title = text }, null),
        DraftField.NegativeTags => (draft with { NegativeTags = text }, null),
        DraftField.Instrumental when IsToggle(text) => (draft with { Instrumental = !draft.Instrumental }, null),
        DraftField.Instrumental => ParseSwitch(text) is { } on ? (draft with { Instrumental = on }, null) : (draft, new FieldRefusal.NotASwitch(field)),
        DraftField.EnhancePrompt => ParseSwitch(text) is { } on ? (draft with { EnhancePrompt = on }, null) : (draft, new FieldRefusal.NotASwitch(field)),
        DraftField.VocalGender => SetVocalGender(draft, text),
        DraftField.StyleWeight => SetWeight(draft, field, text, (d, w) => d with { StyleWeight = w }),
        DraftField.Weirdness => SetWeight(draft, field, text, (d, w) => d with { Weirdness = w }),
        DraftField.AudioWeight => SetWeight(draft, field, text, (d, w) => d with { AudioWeight = w }),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private (Draft, FieldRefusal?) SetProvider(Draft draft, string? text)
    {
        var name = text?.ToLowerInvariant();
        if (name is null || !ProviderNames.All.Contains(name))
        {
            return (draft, new FieldRefusal.UnknownProvider(text ?? "", directory.Available));
        }

        if (!directory.IsAvailable(name))
        {
            return (draft, new FieldRefusal.ProviderNotSetUp(name, directory.Available));
        }

        // Model names differ between providers, so a model chosen for the old one would only confuse.
        return (draft with { Provider = name, Model = null }, null);
    }

    private (Draft, FieldRefusal?) SetModel(Draft draft, string? text)
    {
        var rules = directory.RulesFor(directory.ProviderFor(draft));
        if (rules is null || text is null)
        {
            return (draft with { Model = null }, null);
        }

        var model = rules.ResolveModel(text);
        return model is null
            ? (draft, new FieldRefusal.UnknownModel(rules.Provider, text, rules.Models))
            : (draft with { Model = model }, null);
    }

    private static (Draft, FieldRefusal?) SetVocalGender(Draft draft, string? text) => text?.ToLowerInvariant() switch
    {
        null or "none" or "off" or "any" => (draft with { VocalGender = null }, null),
        "m" or "male" => (draft with { VocalGender = "m" }, null),
        "f" or "female" => (draft with { VocalGender = "f" }, null),
        _ => (draft, new FieldRefusal.NotAVocalGender(text!)),
    };

    private static (Draft, FieldRefusal?) SetWeight(Draft draft, DraftField field, string? text, Func<Draft, decimal?, Draft> set)
    {
        if (text is null)
        {
            return (set(draft, null), null);
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight)
            ? (set(draft, weight), null)
            : (draft, new FieldRefusal.NotANumber(field, text));
    }

    /// <summary>"toggle" flips a switch (a button that shows the current state).</summary>
    private static bool IsToggle(string? text) => string.Equals(text, "toggle", StringComparison.OrdinalIgnoreCase);

    private static bool? ParseSwitch(string? text) => text?.ToLowerInvariant() switch
    {
        "on" or "yes" or "true" or "1" => true,
        "off" or "no" or "false" or "0" => false,
        _ => null,
    };
}
