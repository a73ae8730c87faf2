using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Providers;
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
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is { Length: > MaxFieldLength })
        {
            return Refuse(draft, $"{DraftFieldNames.Display(field)}: {text.Length} characters is more than any provider accepts; keep it under {MaxFieldLength}.");
        }

        var (updated, problem) = Apply(draft, field, text);
        if (problem is not null)
        {
            return Refuse(draft, problem);
        }

        await drafts.SaveAsync(user, updated, cancellationToken);
        return new DraftEdit(true, null, View(updated));
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

        var model = rules.ResolveModel(draft.Model) ?? draft.Model ?? rules.DefaultModel;
        return new DraftView(draft, provider, model, directory.IsAvailable(provider), rules.Validate(draft), rules.Models, directory.Available);
    }

    private DraftEdit Refuse(Draft draft, string problem) => new(false, problem, View(draft));

    private (Draft Draft, string? Problem) Apply(Draft draft, DraftField field, string? text) => field switch
    {
        DraftField.Provider => SetProvider(draft, text),
        DraftField.Model => SetModel(draft, text),
        DraftField.Style => (draft with { Style = text }, null),
        DraftField.Lyrics => (draft with { Lyrics = text }, null),
        DraftField.Title => (draft with { Title = text }, null),
        DraftField.NegativeTags => (draft with { NegativeTags = text }, null),
        DraftField.Instrumental => ParseSwitch(text) is { } on ? (draft with { Instrumental = on }, null) : (draft, SwitchProblem(field)),
        DraftField.EnhancePrompt => ParseSwitch(text) is { } on ? (draft with { EnhancePrompt = on }, null) : (draft, SwitchProblem(field)),
        DraftField.VocalGender => SetVocalGender(draft, text),
        DraftField.StyleWeight => SetWeight(draft, field, text, (d, w) => d with { StyleWeight = w }),
        DraftField.Weirdness => SetWeight(draft, field, text, (d, w) => d with { Weirdness = w }),
        DraftField.AudioWeight => SetWeight(draft, field, text, (d, w) => d with { AudioWeight = w }),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private (Draft, string?) SetProvider(Draft draft, string? text)
    {
        var name = text?.ToLowerInvariant();
        if (name is null || !ProviderNames.All.Contains(name))
        {
            return (draft, $"provider: '{text}' is not a provider. Choose one of: {string.Join(", ", directory.Available)}.");
        }

        if (!directory.IsAvailable(name))
        {
            return (draft, $"provider: {name} is not set up on this bot (no API key configured). Available: {string.Join(", ", directory.Available)}.");
        }

        // Model names differ between providers, so a model chosen for the old one would only confuse.
        return (draft with { Provider = name, Model = null }, null);
    }

    private (Draft, string?) SetModel(Draft draft, string? text)
    {
        var rules = directory.RulesFor(directory.ProviderFor(draft));
        if (rules is null || text is null)
        {
            return (draft with { Model = null }, null);
        }

        var model = rules.ResolveModel(text);
        return model is null
            ? (draft, $"model: {rules.Provider} has no model '{text}'. Choose one of: {string.Join(", ", rules.Models)}.")
            : (draft with { Model = model }, null);
    }

    private static (Draft, string?) SetVocalGender(Draft draft, string? text) => text?.ToLowerInvariant() switch
    {
        null or "none" or "off" or "any" => (draft with { VocalGender = null }, null),
        "m" or "male" => (draft with { VocalGender = "m" }, null),
        "f" or "female" => (draft with { VocalGender = "f" }, null),
        _ => (draft, $"vocal gender: '{text}' is not m or f. Use m (male), f (female) or none."),
    };

    private static (Draft, string?) SetWeight(Draft draft, DraftField field, string? text, Func<Draft, decimal?, Draft> set)
    {
        if (text is null)
        {
            return (set(draft, null), null);
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight)
            ? (set(draft, weight), null)
            : (draft, $"{DraftFieldNames.Display(field)}: '{text}' is not a number. Use a value from 0 to 1 in steps of 0.01, e.g. 0.65.");
    }

    private static bool? ParseSwitch(string? text) => text?.ToLowerInvariant() switch
    {
        "on" or "yes" or "true" or "1" => true,
        "off" or "no" or "false" or "0" => false,
        _ => null,
    };

    private static string SwitchProblem(DraftField field) => $"{DraftFieldNames.Display(field)}: say on or off.";
}
