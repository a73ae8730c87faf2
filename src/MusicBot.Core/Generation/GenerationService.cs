using Microsoft.Extensions.Options;
using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Providers;
using MusicBot.Core.Work;

namespace MusicBot.Core.Generation;

/// <summary>
/// Turns a user's draft into a task: validate against the provider's real rules, then create the task and
/// reserve its price in one atomic step. Nothing is charged unless a task exists.
/// </summary>
public sealed class GenerationService(
    IDraftRepository drafts,
    IGenerationTaskRepository tasks,
    ProviderDirectory directory,
    PriceList prices,
    GenerationSignal signal,
    IOptions<GenerationOptions> options,
    TimeProvider time)
{
    public async Task<GenerateOutcome> GenerateAsync(GenerateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await GenerateAsync(command, await drafts.GetAsync(command.User, cancellationToken), cancellationToken);
    }

    /// <summary>Submits <paramref name="draft"/> instead of the user's saved one (e.g. "regenerate" from an earlier request).</summary>
    public async Task<GenerateOutcome> GenerateAsync(GenerateCommand command, Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(draft);
        var provider = directory.ProviderFor(draft);
        var rules = directory.RulesFor(provider);
        if (!directory.IsAvailable(provider) || rules is null)
        {
            return new GenerateOutcome.ProviderUnavailable(provider, directory.Available);
        }

        var report = rules.Validate(draft);
        var model = rules.ResolveModel(draft.Model) ?? draft.Model ?? rules.DefaultModel;
        if (!report.IsValid)
        {
            return new GenerateOutcome.Invalid(provider, model, report);
        }

        var request = ToRequest(draft, provider, model);
        var created = await tasks.CreateAsync(
            new NewGenerationTask(
                command.RequestKey,
                command.User,
                command.Target,
                request,
                prices.PriceOf(provider, model),
                options.Value.MaxTasksInFlightPerUser,
                time.GetUtcNow()),
            cancellationToken);

        switch (created)
        {
            case CreateTaskResult.Created ok:
                signal.Wake();
                return new GenerateOutcome.Queued(ok.Task, ok.QueuePosition, ok.BalanceAfter, report.Notes);
            case CreateTaskResult.Duplicate duplicate:
                return new GenerateOutcome.AlreadySubmitted(duplicate.Task);
            case CreateTaskResult.NotEnoughCredits poor:
                return new GenerateOutcome.NotEnoughCredits(poor.Balance, poor.Price);
            case CreateTaskResult.TooManyInFlight busy:
                return new GenerateOutcome.TooManyInFlight(busy.InFlight, busy.Max);
            default:
                throw new InvalidOperationException($"Unexpected result {created}.");
        }
    }

    private static GenerationRequest ToRequest(Draft draft, string provider, string model) => new()
    {
        Provider = provider,
        Model = model,
        Style = Clean(draft.Style),
        Lyrics = Clean(draft.Lyrics),
        Title = Clean(draft.Title),
        Instrumental = draft.Instrumental,
        NegativeTags = Clean(draft.NegativeTags),
        VocalGender = Clean(draft.VocalGender),
        StyleWeight = draft.StyleWeight,
        Weirdness = draft.Weirdness,
        AudioWeight = draft.AudioWeight,
        EnhancePrompt = draft.EnhancePrompt,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
