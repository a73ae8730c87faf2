using System.Net;
using System.Text.Json;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.MusicApi;

/// <summary>Every MusicAPI shape the bot reads parses with the fields it uses intact.</summary>
public sealed class MusicApiContractTests
{
    private static MusicApiJsonContext Json => MusicApiJsonContext.Default;

    [Fact]
    public void Create_Accepted_ReadsTheTaskId() =>
        Assert.Equal("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b", Read(Json.MusicApiCreateAccepted, "create--accepted.json").TaskId);

    [Theory]
    [InlineData("task--running.json", ProviderStage.Pending)]
    [InlineData("task--streaming.json", ProviderStage.FirstTrackReady)]
    [InlineData("task--succeeded.json", ProviderStage.Complete)]
    [InlineData("webhook--song-completed.json", ProviderStage.Complete)]
    [InlineData("webhook--song-failed.json", ProviderStage.Failed)]
    public void Task_EachState_MapsToItsStage(string file, ProviderStage stage) =>
        Assert.Equal(stage, MusicApiMapping.ToProgress(Read(Json.MusicApiTask, file)).Stage);

    [Fact]
    public void Task_Streaming_OffersTheStreamButNoFinalAudio()
    {
        var tracks = MusicApiMapping.ToProgress(Read(Json.MusicApiTask, "task--streaming.json")).Tracks;

        Assert.Equal(("https://cdn.example.test/stream/c-one", false), (tracks[0].StreamUrl, tracks[0].HasAudio));
    }

    [Fact]
    public void Webhook_DurationAsString_ReadsTitleDurationAndCover()
    {
        var track = MusicApiMapping.ToProgress(Read(Json.MusicApiTask, "webhook--song-completed.json")).Tracks[0];

        Assert.Equal(("w-one", "Harbor Lights", 104.88, "https://cdn.example.test/w-one.jpeg"), (track.ProviderTrackId, track.Title, track.DurationSeconds!.Value, track.ImageUrl));
        Assert.Equal("https://cdn.example.test/w-one.mp3", track.AudioUrl);
    }

    [Fact]
    public void Webhook_Failed_CarriesTheProviderReason() =>
        Assert.Contains("Upstream generation failed", MusicApiMapping.ToProgress(Read(Json.MusicApiTask, "webhook--song-failed.json")).Failure!.UserMessage, StringComparison.Ordinal);

    [Fact]
    public void Credits_Read() => Assert.Equal((42d, 5d), Read(Json.MusicApiCredits, "credits.json") is var c ? (c.Credits!.Value, c.ExtraCredits!.Value) : default);

    [Fact]
    public void Errors_CreditsNotEnough_IsTheBotsAccountAndTaskNotFoundIsUnknown()
    {
        var credits = Read(Json.MusicApiError, "error--credits-not-enough.json").Text;
        var unknown = Read(Json.MusicApiError, "error--task-not-found.json").Text;

        Assert.True(MusicApiErrors.IsOutOfCredits(credits));
        Assert.True(MusicApiErrors.IsUnknownTask(HttpStatusCode.BadRequest, unknown));
    }

    [SharedReferenceFact]
    public void SharedFixtures_EveryFile_ParsesIntoTheClientModels()
    {
        string[] unused = ["persona--request-special-scenarios.json", "stems--request-docs.json", "upload--request-docs.json"];
        foreach (var path in Fixtures.Shared("musicapi"))
        {
            var name = Path.GetFileName(path);
            var json = File.ReadAllBytes(path);
            switch (name)
            {
                case var _ when name.StartsWith("create--request", StringComparison.Ordinal):
                    RequestShape.RoundTrips(json, Json.MusicApiCreateBody);
                    break;
                case "create--response-CreateTaskAccepted-schema.json":
                    Assert.False(string.IsNullOrEmpty(JsonSerializer.Deserialize(json, Json.MusicApiCreateAccepted)!.TaskId));
                    break;
                case "get-credits--response-200-docs.json":
                    Assert.NotNull(JsonSerializer.Deserialize(json, Json.MusicApiCredits)!.Credits);
                    break;
                case var _ when name.StartsWith("webhook--", StringComparison.Ordinal):
                    var progress = MusicApiMapping.ToProgress(JsonSerializer.Deserialize(json, Json.MusicApiTask));
                    Assert.Equal(ProviderStage.Complete, progress.Stage);
                    Assert.All(progress.Tracks, t => Assert.True(t.HasAudio && t.Title is not null && t.ImageUrl is not null && t.DurationSeconds > 0));
                    break;
                case var _ when unused.Contains(name) || name.StartsWith("lyrics--", StringComparison.Ordinal) || name.StartsWith("upload--", StringComparison.Ordinal):
                    // Endpoints the bot does not call; still well-formed JSON.
                    Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(json));
                    break;
                default:
                    Assert.Fail($"{name} is not classified: decide which client model reads it.");
                    break;
            }
        }
    }

    private static T Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string file) =>
        JsonSerializer.Deserialize(Fixtures.Own("musicapi", file), info) ?? throw new InvalidOperationException($"{file} is empty");
}
