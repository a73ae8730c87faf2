using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Generation;
using MusicBot.Messages;

namespace MusicBot.Cli;

/// <summary><c>musicbot tasks list [--state …] [--limit N]</c>: the newest generation tasks, newest first.</summary>
public sealed class TasksCliCommand : IAdminCommand
{
    private static readonly Dictionary<string, TaskState[]> StateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["queued"] = [TaskState.Queued],
        ["submit_unknown"] = [TaskState.SubmitUnknown],
        ["submitted"] = [TaskState.Submitted],
        ["text_ready"] = [TaskState.TextReady],
        ["first_track_ready"] = [TaskState.FirstTrackReady],
        ["succeeded"] = [TaskState.Succeeded],
        ["failed"] = [TaskState.Failed],
        ["timed_out"] = [TaskState.TimedOut],
        ["unfinished"] = [TaskState.Queued, TaskState.SubmitUnknown, TaskState.Submitted, TaskState.TextReady, TaskState.FirstTrackReady],
    };

    /// <summary>Operators read failures in the bot's default language, worded as the text chat words them.</summary>
    private static readonly Phrases Words = new(MessageCatalog.English, TextCommandSyntax.Instance);

    public string Name => "tasks";

    public IReadOnlyList<string> Usage { get; } =
    [
        "tasks list [--state S[,S…]] [--limit N]",
        $"                             S: {string.Join(" | ", StateNames.Keys)}",
    ];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Positional.Count < 2 || arguments.Positional[1] != "list")
        {
            throw new CliUsageException("tasks needs list.");
        }

        arguments.AllowOnly("state", "limit");
        var states = ParseStates(arguments.Option("state"));
        await using var scope = context.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IGenerationTaskRepository>();
        var tasks = await repository.ListRecentAsync(states, arguments.Number("limit", 50, 1, 100_000), cancellationToken);
        if (tasks.Count == 0)
        {
            context.Output.WriteLine("No tasks.");
            return 0;
        }

        TextTable.Write(
            context.Output,
            ["ID", "STATE", "PROVIDER", "MODEL", "USER", "PRICE", "CREATED (UTC)", "FINISHED (UTC)", "NOTE"],
            tasks.Select(t => (IReadOnlyList<string>)
            [
                TextTable.Number(t.Id), StateName(t.State), t.Provider, t.Request.Model, t.User.ToString(), TextTable.Number(t.Price),
                TextTable.Time(t.CreatedAt), TextTable.Time(t.FinishedAt), t.Failure is { } failure ? Words.Failure(failure) : "",
            ]));
        return 0;
    }

    private static string StateName(TaskState state) => StateNames.First(n => n.Value is [var only] && only == state).Key;

    private static TaskState[] ParseStates(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return
        [
            .. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(name => StateNames.TryGetValue(name, out var states)
                    ? states
                    : throw new CliUsageException($"--state '{name}' is not a task state; use {string.Join(", ", StateNames.Keys)}."))
                .Distinct(),
        ];
    }
}
