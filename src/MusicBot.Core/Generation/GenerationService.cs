using Microsoft.Extensions.Options;
using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Providers;
using MusicBot.Core.Signals;
using MusicBot.Core.UserText;
using MusicBot.Core.Validation;

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
        var draft = await drafts.GetAsync(command.User, cancellationToken);
        var provider = directory.ProviderFor(draft);
        var rules = directory.RulesFor(provider);
        if (!directory.IsAvailable(provider) || rules is null)
        {
            return new GenerateOutcome.ProviderUnavailable(provider, directory.Available);
        }

        var report = rules.Validate(draft);
        var model = ProviderDirectory.ModelFor(draft, rules);
        if (!report.IsValid)
        {
            return new GenerateOutcome.Invalid(provider, model, report);
        }

        return await CreateAsync(command, new GenerationRequest(provider, model, draft), report.Notes, cancellationToken);
    }

    /// <summary>
    /// Song <paramref name="songId"/>'s request once more (a Regenerate or Try again button), operation included. Only
    /// its requester may: anyone else, whatever their button says, is refused and nothing is reserved.
    /// </summary>
    public async Task<GenerateOutcome> RegenerateAsync(GenerateCommand command, long songId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var original = await tasks.GetAsync(songId, cancellationToken);
        if (original is null || original.User != command.User)
        {
            var owner = original?.User.Platform == command.User.Platform ? original.User.UserId : null;
            return new GenerateOutcome.Refused(new Refusal.NotYourSong(songId, null, owner));
        }

        return await ResubmitAsync(command, original.Request, cancellationToken);
    }

    /// <summary>
    /// Submits a request built from an earlier one: the same provider, model and text at today's price,
    /// with the same reservation, duplicate and in-flight rules as <see cref="GenerateAsync"/>.
    /// </summary>
    public async Task<GenerateOutcome> ResubmitAsync(GenerateCommand command, GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(request);
        if (!directory.IsAvailable(request.Provider) || directory.RulesFor(request.Provider) is null)
        {
            return new GenerateOutcome.ProviderUnavailable(request.Provider, directory.Available);
        }

        return await CreateAsync(command, request, [], cancellationToken);
    }

    private async Task<GenerateOutcome> CreateAsync(GenerateCommand command, GenerationRequest request, IReadOnlyList<DraftNote> notes, CancellationToken cancellationToken)
    {
        var created = await tasks.CreateAsync(
            new NewGenerationTask(
                command.RequestKey,
                command.User,
                command.Target,
                request,
                prices.PriceOf(request),
                options.Value.MaxTasksInFlightPerUser,
                time.GetUtcNow()),
            cancellationToken);

        switch (created)
        {
            case CreateTaskResult.Created ok:
                signal.Wake();
                return new GenerateOutcome.Queued(ok.Task, ok.QueuePosition, ok.BalanceAfter, notes);
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
}
