// The manifest is the elements' public API for tools and people, so it lists only that:
// - events declared with `@fires`: the analyser also guesses event names from
//   `dispatchEvent(new SomeEvent(arg))` calls, which for Kollen's typed events yields junk names
//   (the constructor's first argument is data, not the event type);
// - public members: private and protected ones (and `#` fields) are internals of the element and
//   its base class, which change without notice.
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#');

export default {
  litelement: true,
  plugins: [
    {
      name: 'kollen-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('kollen-'));
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }
      },
    },
  ],
};
