/**
 * Cases for web-config/weak-password-policy: minimum lengths under 8 (15 for administrator
 * settings), maximum lengths under 128, lockout after more than 10 attempts or none, and forced
 * expiry, in code, Keycloak realm exports, Terraform and properties files; beside policies that
 * meet the numbers, defaults left alone, and limits on fields that are not passwords.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { weakPasswordPolicy } from './weak-password-policy';

const LENGTH_CONTROL =
  'MoJ guidance asks for passwords of at least 8 characters, at least 15 for administrator, password-manager and service accounts, and allows up to 128 (Passwords: Best password practices for everyone; Password Creation and Authentication Guide: Password length and complexity).';
const ATTEMPTS_CONTROL = 'MoJ guidance locks access after at most 10 consecutive failed attempts (Passwords: Password access attempts).';
const EXPIRY_CONTROL = 'MoJ guidance says not to force routine password expiry (Passwords: Password expiry), because it pushes people towards weaker, predictable passwords.';

function short(length: number): string {
  return `Passwords here may be as short as ${length} characters, below the minimum of 8 (CWE-521). ${LENGTH_CONTROL} Require at least 8 characters.`;
}

function shortPrivileged(length: number): string {
  return `Passwords here may be as short as ${length} characters, below the minimum of 15 for administrator and service accounts (CWE-521). ${LENGTH_CONTROL} Require at least 15 characters.`;
}

function capped(length: number): string {
  return `Passwords here are capped at ${length} characters, so long passphrases and generated passwords are refused (CWE-521). ${LENGTH_CONTROL} Allow at least 128 characters.`;
}

function late(attempts: number): string {
  return `Accounts here lock only after ${attempts} failed sign-in attempts, which leaves room to guess passwords (CWE-307). ${ATTEMPTS_CONTROL} Lock after 10 attempts or fewer.`;
}

function expiry(days: number): string {
  return `Passwords here are forced to expire after ${days} days (CWE-521). ${EXPIRY_CONTROL} Remove the forced expiry, and require a change only when a password may have been compromised.`;
}

function throttle(attempts: number): string {
  return `Sign-in here allows ${attempts} attempts in each rate-limit window before it is throttled, far more than the failed attempts after which access should lock (CWE-307). ${ATTEMPTS_CONTROL} Lock the account after 10 consecutive failures, or at least limit sign-in attempts to 10 per window.`;
}

const NO_LOCKOUT = `Failed sign-ins here never lock the account, so passwords can be guessed without limit (CWE-307). ${ATTEMPTS_CONTROL} Turn lockout on, with a limit of 10 attempts or fewer.`;
const RAISE = 'Raise the minimum length';
const ALLOW = 'Allow 128 characters';
const LOCK = 'Lock after 10 attempts';
const THROTTLE = 'Allow 10 attempts per window';

export const table: RuleTable = {
  rule: weakPasswordPolicy,
  invalid: [
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'ASP.NET Identity options',
      path: 'Program.cs',
      code: `builder.Services.Configure<IdentityOptions>(options => {
  options.Password.RequiredLength = 6;
  options.Lockout.MaxFailedAccessAttempts = 20;
  options.Lockout.AllowedForNewUsers = false;
});
`,
      findings: [
        {
          line: 2, column: 3, endColumn: 38, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `builder.Services.Configure<IdentityOptions>(options => {
  options.Password.RequiredLength = 8;
  options.Lockout.MaxFailedAccessAttempts = 20;
  options.Lockout.AllowedForNewUsers = false;
});
` },
        },
        {
          line: 3, column: 3, endColumn: 47, message: late(20), severity: 'medium', confidence: 'high',
          fix: { title: LOCK, output: `builder.Services.Configure<IdentityOptions>(options => {
  options.Password.RequiredLength = 6;
  options.Lockout.MaxFailedAccessAttempts = 10;
  options.Lockout.AllowedForNewUsers = false;
});
` },
        },
        { line: 4, column: 3, endColumn: 45, message: NO_LOCKOUT, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'scaffolded register model and sign-in without lockout',
      path: 'Areas/Identity/Pages/Account/Register.cshtml.cs',
      code: `public class InputModel {
  [StringLength(100, ErrorMessage = "Too short", MinimumLength = 6)]
  public string Password { get; set; }
  async Task Login() {
    await _signInManager.PasswordSignInAsync(Input.Email, Input.Password, false, lockoutOnFailure: false);
  }
}
`,
      findings: [
        {
          line: 2, column: 17, endColumn: 20, message: capped(100), severity: 'low', confidence: 'medium',
          fix: { title: ALLOW, output: `public class InputModel {
  [StringLength(128, ErrorMessage = "Too short", MinimumLength = 6)]
  public string Password { get; set; }
  async Task Login() {
    await _signInManager.PasswordSignInAsync(Input.Email, Input.Password, false, lockoutOnFailure: false);
  }
}
` },
        },
        {
          line: 2, column: 66, endColumn: 67, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `public class InputModel {
  [StringLength(100, ErrorMessage = "Too short", MinimumLength = 8)]
  public string Password { get; set; }
  async Task Login() {
    await _signInManager.PasswordSignInAsync(Input.Email, Input.Password, false, lockoutOnFailure: false);
  }
}
` },
        },
        { line: 5, column: 82, endColumn: 105, message: NO_LOCKOUT, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'Django MinimumLengthValidator and django-axes',
      path: 'mysite/settings.py',
      code: `AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 6}},
]
AXES_FAILURE_LIMIT = 20
`,
      findings: [
        {
          line: 2, column: 106, endColumn: 107, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 8}},
]
AXES_FAILURE_LIMIT = 20
` },
        },
        {
          line: 4, column: 22, endColumn: 24, message: late(20), severity: 'medium', confidence: 'high',
          fix: { title: LOCK, output: `AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 6}},
]
AXES_FAILURE_LIMIT = 10
` },
        },
      ],
    },
    {
      name: 'WTForms Length on a PasswordField and a pydantic password field',
      path: 'app/forms.py',
      code: `class SignupForm(FlaskForm):
    password = PasswordField('Password', validators=[Length(min=6)])

class Signup(BaseModel):
    password: str = Field(..., min_length=6, max_length=64)
`,
      findings: [
        {
          line: 2, column: 65, endColumn: 66, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `class SignupForm(FlaskForm):
    password = PasswordField('Password', validators=[Length(min=8)])

class Signup(BaseModel):
    password: str = Field(..., min_length=6, max_length=64)
` },
        },
        {
          line: 5, column: 43, endColumn: 44, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `class SignupForm(FlaskForm):
    password = PasswordField('Password', validators=[Length(min=6)])

class Signup(BaseModel):
    password: str = Field(..., min_length=8, max_length=64)
` },
        },
        {
          line: 5, column: 57, endColumn: 59, message: capped(64), severity: 'low', confidence: 'medium',
          fix: { title: ALLOW, output: `class SignupForm(FlaskForm):
    password = PasswordField('Password', validators=[Length(min=6)])

class Signup(BaseModel):
    password: str = Field(..., min_length=6, max_length=128)
` },
        },
      ],
    },
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'zod and Joi schemas on password fields',
      path: 'src/schemas/user.ts',
      code: `export const signup = z.object({ email: z.string().email(), password: z.string().min(6).max(64) });
export const reset = Joi.object({ newPassword: Joi.string().min(4, 'utf8') });
`,
      findings: [
        {
          line: 1, column: 86, endColumn: 87, message: short(6), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `export const signup = z.object({ email: z.string().email(), password: z.string().min(8).max(64) });
export const reset = Joi.object({ newPassword: Joi.string().min(4, 'utf8') });
` },
        },
        {
          line: 1, column: 93, endColumn: 95, message: capped(64), severity: 'low', confidence: 'medium',
          fix: { title: ALLOW, output: `export const signup = z.object({ email: z.string().email(), password: z.string().min(6).max(128) });
export const reset = Joi.object({ newPassword: Joi.string().min(4, 'utf8') });
` },
        },
        {
          line: 2, column: 65, endColumn: 66, message: short(4), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `export const signup = z.object({ email: z.string().email(), password: z.string().min(6).max(64) });
export const reset = Joi.object({ newPassword: Joi.string().min(8, 'utf8') });
` },
        },
      ],
    },
    {
      name: 'class-validator decorator on a password property',
      path: 'src/users/create-user.dto.ts',
      code: `export class CreateUserDto {
  @MinLength(6)
  password: string;
}
`,
      findings: [
        {
          line: 2, column: 14, endColumn: 15, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `export class CreateUserDto {
  @MinLength(8)
  password: string;
}
` },
        },
      ],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'Bean Validation Size on a password field and Passay LengthRule',
      path: 'src/main/java/uk/gov/justice/SignupRequest.java',
      code: `class SignupRequest {
  @Size(min = 6, max = 20)
  private String password;
  PasswordValidator validator = new PasswordValidator(new LengthRule(8, 16));
}
`,
      findings: [
        {
          line: 2, column: 15, endColumn: 16, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `class SignupRequest {
  @Size(min = 8, max = 20)
  private String password;
  PasswordValidator validator = new PasswordValidator(new LengthRule(8, 16));
}
` },
        },
        {
          line: 2, column: 24, endColumn: 26, message: capped(20), severity: 'low', confidence: 'medium',
          fix: { title: ALLOW, output: `class SignupRequest {
  @Size(min = 6, max = 128)
  private String password;
  PasswordValidator validator = new PasswordValidator(new LengthRule(8, 16));
}
` },
        },
        {
          line: 4, column: 73, endColumn: 75, message: capped(16), severity: 'low', confidence: 'high',
          fix: { title: ALLOW, output: `class SignupRequest {
  @Size(min = 6, max = 20)
  private String password;
  PasswordValidator validator = new PasswordValidator(new LengthRule(8, 128));
}
` },
        },
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'Laravel validation rules and Password::min',
      path: 'app/Http/Requests/RegisterRequest.php',
      code: `<?php
class RegisterRequest {
    public function rules() {
        return ['password' => 'required|confirmed|min:6', 'new_password' => ['required', Password::min(7)]];
    }
}
`,
      findings: [
        { line: 4, column: 31, endColumn: 57, message: short(6), severity: 'medium', confidence: 'high', fix: null },
        {
          line: 4, column: 104, endColumn: 105, message: short(7), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `<?php
class RegisterRequest {
    public function rules() {
        return ['password' => 'required|confirmed|min:6', 'new_password' => ['required', Password::min(8)]];
    }
}
` },
        },
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'Devise length range, attempts and expiry',
      path: 'config/initializers/devise.rb',
      code: `Devise.setup do |config|
  config.password_length = 6..72
  config.maximum_attempts = 20
  config.expire_password_after = 90.days
end
`,
      findings: [
        {
          line: 2, column: 28, endColumn: 29, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `Devise.setup do |config|
  config.password_length = 8..72
  config.maximum_attempts = 20
  config.expire_password_after = 90.days
end
` },
        },
        {
          line: 2, column: 31, endColumn: 33, message: capped(72), severity: 'low', confidence: 'high',
          fix: { title: ALLOW, output: `Devise.setup do |config|
  config.password_length = 6..128
  config.maximum_attempts = 20
  config.expire_password_after = 90.days
end
` },
        },
        {
          line: 3, column: 29, endColumn: 31, message: late(20), severity: 'medium', confidence: 'medium',
          fix: { title: LOCK, output: `Devise.setup do |config|
  config.password_length = 6..72
  config.maximum_attempts = 10
  config.expire_password_after = 90.days
end
` },
        },
        {
          line: 4, column: 34, endColumn: 41,
          message: `Passwords here are forced to expire (CWE-521). ${EXPIRY_CONTROL} Remove the forced expiry, and require a change only when a password may have been compromised.`,
          severity: 'low', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Rails length validation on password',
      path: 'app/models/user.rb',
      code: `class User < ApplicationRecord
  validates :password, length: { minimum: 6 }
end
`,
      findings: [
        {
          line: 2, column: 43, endColumn: 44, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `class User < ApplicationRecord
  validates :password, length: { minimum: 8 }
end
` },
        },
      ],
    },
    // Configuration files -----------------------------------------------------------------------
    {
      name: 'Keycloak realm password policy and brute-force settings',
      path: 'keycloak/realm-export.json',
      code: `{
  "passwordPolicy": "length(6) and maxLength(64) and forceExpiredPasswordChange(90)",
  "bruteForceProtected": true,
  "failureFactor": 30
}
`,
      findings: [
        {
          line: 2, column: 22, endColumn: 31, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `{
  "passwordPolicy": "length(8) and maxLength(64) and forceExpiredPasswordChange(90)",
  "bruteForceProtected": true,
  "failureFactor": 30
}
` },
        },
        {
          line: 2, column: 36, endColumn: 49, message: capped(64), severity: 'low', confidence: 'high',
          fix: { title: ALLOW, output: `{
  "passwordPolicy": "length(6) and maxLength(128) and forceExpiredPasswordChange(90)",
  "bruteForceProtected": true,
  "failureFactor": 30
}
` },
        },
        { line: 2, column: 54, endColumn: 84, message: expiry(90), severity: 'low', confidence: 'high', fix: null },
        {
          line: 4, column: 3, endColumn: 22, message: late(30), severity: 'medium', confidence: 'high',
          fix: { title: LOCK, output: `{
  "passwordPolicy": "length(6) and maxLength(64) and forceExpiredPasswordChange(90)",
  "bruteForceProtected": true,
  "failureFactor": 10
}
` },
        },
      ],
    },
    {
      name: 'Keycloak brute-force protection off',
      path: 'realm.json',
      code: `{ "realm": "moj", "bruteForceProtected": false }
`,
      findings: [{ line: 1, column: 19, endColumn: 47, message: NO_LOCKOUT, severity: 'medium', confidence: 'medium', fix: null }],
    },
    {
      name: 'AWS IAM account password policy and Cognito',
      path: 'infra/iam.tf',
      code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 6
  max_password_age        = 90
}

resource "aws_cognito_user_pool" "users" {
  password_policy {
    minimum_length = 6
  }
}
`,
      findings: [
        {
          line: 2, column: 3, endColumn: 30, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 8
  max_password_age        = 90
}

resource "aws_cognito_user_pool" "users" {
  password_policy {
    minimum_length = 6
  }
}
` },
        },
        { line: 3, column: 3, endColumn: 31, message: expiry(90), severity: 'low', confidence: 'high', fix: null },
        {
          line: 8, column: 5, endColumn: 23, message: short(6), severity: 'medium', confidence: 'high',
          fix: { title: RAISE, output: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 6
  max_password_age        = 90
}

resource "aws_cognito_user_pool" "users" {
  password_policy {
    minimum_length = 8
  }
}
` },
        },
      ],
    },
    {
      name: 'properties minimum length, for users and for administrators',
      path: 'src/main/resources/application.properties',
      code: `app.security.password.min-length=6
app.security.admin.password.min-length=10
`,
      findings: [
        {
          line: 1, column: 1, endColumn: 35, message: short(6), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `app.security.password.min-length=8
app.security.admin.password.min-length=10
` },
        },
        {
          line: 2, column: 1, endColumn: 42, message: shortPrivileged(10), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `app.security.password.min-length=6
app.security.admin.password.min-length=15
` },
        },
      ],
    },
    {
      name: 'YAML password length settings',
      path: 'config/application.yml',
      code: `app:
  password:
    min-length: 6
    max-length: 64
`,
      findings: [
        {
          line: 3, column: 5, endColumn: 18, message: short(6), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `app:
  password:
    min-length: 8
    max-length: 64
` },
        },
        {
          line: 4, column: 5, endColumn: 19, message: capped(64), severity: 'low', confidence: 'medium',
          fix: { title: ALLOW, output: `app:
  password:
    min-length: 6
    max-length: 128
` },
        },
      ],
    },
    {
      name: '.env password minimum',
      path: '.env',
      code: `PASSWORD_MIN_LENGTH=6
`,
      findings: [
        {
          line: 1, column: 1, endColumn: 22, message: short(6), severity: 'medium', confidence: 'medium',
          fix: { title: RAISE, output: `PASSWORD_MIN_LENGTH=8
` },
        },
      ],
    },
    {
      name: 'express-rate-limit on sign-in allowing 100 attempts',
      path: 'src/routes/auth.js',
      code: `const rateLimit = require('express-rate-limit');
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 100 });
app.post('/login', rateLimit({ windowMs: 60000, limit: 50 }), login);
`,
      findings: [
        {
          line: 2, column: 60, endColumn: 68, message: throttle(100), severity: 'low', confidence: 'low',
          fix: { title: THROTTLE, output: `const rateLimit = require('express-rate-limit');
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });
app.post('/login', rateLimit({ windowMs: 60000, limit: 50 }), login);
` },
        },
        {
          line: 3, column: 49, endColumn: 58, message: throttle(50), severity: 'low', confidence: 'low',
          fix: { title: THROTTLE, output: `const rateLimit = require('express-rate-limit');
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 100 });
app.post('/login', rateLimit({ windowMs: 60000, limit: 10 }), login);
` },
        },
      ],
    },
  ],
  valid: [
    {
      name: 'ASP.NET Identity options that meet the numbers',
      path: 'Program.cs',
      code: `builder.Services.Configure<IdentityOptions>(options => {
  options.Password.RequiredLength = 12;
  options.Lockout.MaxFailedAccessAttempts = 5;
});
`,
    },
    {
      name: 'Django validator without options keeps the default of 8',
      path: 'mysite/settings.py',
      code: `AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]
`,
    },
    {
      name: 'schema limits on fields that are not passwords',
      path: 'src/schemas/user.ts',
      code: `export const user = z.object({ name: z.string().min(2).max(50), passwordHint: z.string().max(20) });
`,
    },
    {
      name: 'Devise range that meets the numbers',
      path: 'config/initializers/devise.rb',
      code: `Devise.setup do |config|
  config.password_length = 12..128
  config.maximum_attempts = 5
end
`,
    },
    {
      name: 'Keycloak brute force attempts ignored while protection is off by default',
      path: 'keycloak/realm-export.json',
      code: `{ "passwordPolicy": "length(12) and notUsername", "failureFactor": 30 }
`,
    },
    {
      name: 'IAM policy that meets the numbers and a username minimum',
      path: 'infra/iam.tf',
      code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 14
}
variable "username_min_length" { default = 3 }
`,
    },
    {
      name: 'Bean Validation Size on a user name',
      path: 'src/main/java/uk/gov/justice/SignupRequest.java',
      code: `class SignupRequest {
  @Size(min = 3, max = 20)
  private String username;
}
`,
    },
    {
      name: 'Laravel rules on other fields',
      path: 'app/Http/Requests/RegisterRequest.php',
      code: `<?php
return ['name' => 'required|min:2', 'password' => 'required|min:12'];
`,
    },
    {
      name: 'min(1) on a sign-in form only makes the field required',
      path: 'src/schemas/login.ts',
      code: `export const login = z.object({ email: z.string().email(), password: z.string().min(1, 'Password is required') });
`,
    },
    {
      name: 'min and max of a call that is not a length validator',
      path: 'app/seed.py',
      code: `password = random_password(min=4, max=8)
`,
    },
    {
      name: 'a general API rate limit is not a sign-in limit',
      path: 'src/app.js',
      code: `const rateLimit = require('express-rate-limit');
app.use('/api/', rateLimit({ windowMs: 60000, max: 1000 }));
`,
    },
  ],
};

describeRule(table);
