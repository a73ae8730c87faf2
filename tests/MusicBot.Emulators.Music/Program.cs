// A music-provider emulator, standalone, so a person can point the bot at it:
//   dotnet run --project tests/MusicBot.Emulators.Music -- sunoapi --port 5055
// Options: --port N (0 = any free port), --api-key KEY, --stage-delay 00:00:02, --credits N,
//          --uid UID (topview), --webhook-secret S (musicapi), --real-shapes (sunoapi).
using MusicBot.Emulators.Music;

return await EmulatorCommand.RunAsync(args, Console.Out);
