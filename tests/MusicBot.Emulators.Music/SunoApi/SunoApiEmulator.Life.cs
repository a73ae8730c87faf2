using System.Text.Json.Nodes;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>The life of a music task and the delivery of its callbacks, faults included.</summary>
public sealed partial class SunoApiEmulator
{
    private async Task RunMusicAsync(SunoTask task, CancellationToken cancellationToken)
    {
        var script = task.Script;
        var real = script.RealShapes ?? RealShapes;
        var held = new List<JsonObject>();
        if (script.Hang)
        {
            return;
        }

        await Task.Delay(StageDelay, cancellationToken);
        if (script.FailStatus is { } failure)
        {
            task.ErrorCode = script.FailCode;
            task.ErrorMessage = script.FailMessage;
            task.Status = failure;
            Refund(task.Cost);
            await DeliverAsync(task, SunoShapes.ErrorCallback(task), isFinal: true, held, cancellationToken);
            return;
        }

        if (!script.StraightToComplete)
        {
            task.Tracks.ForEach(t => t.IsStreaming = true);
            task.Status = "TEXT_SUCCESS";
            await DeliverAsync(task, SunoShapes.Callback(task, "text", real), isFinal: false, held, cancellationToken);
            await Task.Delay(StageDelay, cancellationToken);
            task.Tracks[0].IsReady = true;
            task.Status = "FIRST_SUCCESS";
            await DeliverAsync(task, SunoShapes.Callback(task, "first", real), isFinal: false, held, cancellationToken);
            await Task.Delay(StageDelay, cancellationToken);
        }

        task.Tracks.ForEach(t => (t.IsStreaming, t.IsReady) = (true, true));
        task.Status = "SUCCESS";
        await DeliverAsync(task, SunoShapes.Callback(task, "complete", real), isFinal: true, held, cancellationToken);
    }

    /// <summary>
    /// Sends one stage's callback as the task's callback fault says. When the final one cannot be delivered at all,
    /// the task reports CALLBACK_EXCEPTION (its tracks stay available).
    /// </summary>
    private async Task DeliverAsync(SunoTask task, JsonObject payload, bool isFinal, List<JsonObject> held, CancellationToken cancellationToken)
    {
        var fault = task.Script.Callbacks;
        switch (fault)
        {
            case CallbackFault.Missing:
            case CallbackFault.MissingFinal when isFinal:
                return;
            case CallbackFault.OutOfOrder:
                held.Add(payload);
                if (isFinal)
                {
                    held.Reverse();
                    foreach (var late in held)
                    {
                        await SendAsync(task, late, cancellationToken);
                    }
                }

                return;
        }

        var delivered = await SendAsync(task, payload, cancellationToken);
        if (fault == CallbackFault.Duplicate)
        {
            delivered |= await SendAsync(task, payload, cancellationToken);
        }

        if (isFinal && !delivered && task.Status == "SUCCESS")
        {
            task.Status = "CALLBACK_EXCEPTION";
        }
    }

    private Task<bool> SendAsync(SunoTask task, JsonObject payload, CancellationToken cancellationToken) =>
        Callbacks.SendAsync(task.CallbackUrl, payload.ToJsonString(), null, null, cancellationToken);
}
