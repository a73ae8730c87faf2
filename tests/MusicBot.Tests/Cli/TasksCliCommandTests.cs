using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Cli;

public sealed class TasksCliCommandTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RunAsync_AfterAGeneration_ListsItByStateOnly()
    {
        await using (var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.100" }))
        {
            await bot.SendAsync("/style dark techno\n/generate\n");
            bot.CloseInput();
            Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        }

        var succeeded = await BotProcess.RunCliAsync(_data.Path, null, "tasks", "list", "--state", "succeeded");
        var unfinished = await BotProcess.RunCliAsync(_data.Path, null, "tasks", "list", "--state", "unfinished,failed");
        var wrong = await BotProcess.RunCliAsync(_data.Path, null, "tasks", "list", "--state", "done");

        Assert.Equal(0, succeeded.ExitCode);
        Assert.Matches(@"(?m)^ID\s+STATE\s+PROVIDER\s+MODEL\s+USER", succeeded.Stdout);
        Assert.Matches(@"(?m)^1\s+succeeded\s+local\s+\S+\s+console:local/you\s+1\s", succeeded.Stdout);
        Assert.Equal("No tasks.", unfinished.Stdout.Trim());
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--state 'done' is not a task state", wrong.Stderr, StringComparison.Ordinal);
    }
}
