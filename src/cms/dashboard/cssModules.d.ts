/** CSS modules as Next compiles them (class name → generated name), for tsc outside Next. */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>
  export default classes
}
