// The manifest lists only events declared with `@fires`: the analyser also guesses event names
// from `dispatchEvent(new SomeEvent(arg))` calls, which for Kollen's typed events yields junk
// names (the constructor's first argument is data, not the event type).
export default {
  litelement: true,
  plugins: [
    {
      name: 'kollen-declared-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('kollen-'));
          }
        }
      },
    },
  ],
};
