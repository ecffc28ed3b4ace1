using Medk.Cli;

// medk: the command line of Medk. Uses the web app's configuration (appsettings.json, environment variables).
return await MedkCli.RunAsync(args);
